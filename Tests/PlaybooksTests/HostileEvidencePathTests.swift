import Foundation
import PlaybookKit
import Testing

@testable import AttributionFacet

/// A playbook may pass any path to `attribution.hash-evidence`; only files the person
/// named may be read, however the path is spelled, and the log keeps only the file's name.
@Suite struct HostileEvidencePathTests {
    @Test(arguments: [
        "../../../../etc/passwd",
        "/etc/passwd",
        "~/.ssh/id_ed25519",
        "named/../../../etc/hostname",
    ])
    func refusesPathsThePersonDidNotName(path: String) throws {
        let folder = try AttributionTestSupport.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let named = try AttributionTestSupport.write("evidence", to: "named.txt", in: folder)
        let context = AttributionTestSupport.context(workspace: folder.appendingPathComponent("workspace"), files: [named])
        #expect(throws: ActionError.fileNotAllowed(path)) {
            try AttributionTestSupport.run("hash-evidence", ["path": .string(path)], context: context)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("workspace").path))
    }

    @Test func aNamedFileSpelledWithDotDotIsReadAndLoggedByItsNameOnly() throws {
        let folder = try AttributionTestSupport.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let named = try AttributionTestSupport.write("evidence", to: "named.txt", in: folder)
        let workspace = folder.appendingPathComponent("workspace")
        let context = AttributionTestSupport.context(workspace: workspace, files: [named])
        let roundabout = folder.path + "/workspace/../named.txt"
        let result = try AttributionTestSupport.run("hash-evidence", ["path": .string(roundabout)], context: context)
        #expect(result.outputs["file"] == "named.txt")
        let log = try EvidenceLog.load(from: FolderWorkspace(workspace))
        #expect(log.entries.map(\.file) == ["named.txt"])
        #expect(log.verify().isOK)
        let text = String(decoding: try Data(contentsOf: workspace.appendingPathComponent(EvidenceLog.fileName)), as: UTF8.self)
        #expect(!text.contains(folder.path), "the log never records the folder")
    }
}
