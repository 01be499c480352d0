import AttributionFacet
import Foundation
import PlaybookKit
import Testing

@Suite struct AttributionEvidenceTests {
    private static let abcSHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

    /// A workspace, an evidence folder with three files, and a context allowing them.
    private struct Setup {
        let folder: URL
        let workspace: URL
        let paths: [String]
        let clock = FixedClock(start: AttributionTestSupport.start)

        init() throws {
            folder = try AttributionTestSupport.makeFolder()
            workspace = folder.appendingPathComponent("workspace")
            let evidence = folder.appendingPathComponent("evidence")
            try FileManager.default.createDirectory(at: evidence, withIntermediateDirectories: true)
            paths = [
                try AttributionTestSupport.write("abc", to: "threat.png", in: evidence),
                try AttributionTestSupport.write("second file", to: "chat-export.txt", in: evidence),
                try AttributionTestSupport.write("third file", to: "headers.eml", in: evidence),
            ]
        }

        var context: ActionContext { AttributionTestSupport.context(workspace: workspace, files: paths, clock: clock) }
        var logURL: URL { workspace.appendingPathComponent("evidence-log.json") }

        func hash(_ index: Int, description: String? = nil) throws -> ActionResult {
            var parameters: [String: Value] = ["path": .string(paths[index])]
            if let description { parameters["description"] = .string(description) }
            return try AttributionTestSupport.run("hash-evidence", parameters, context: context)
        }

        func verify() throws -> ActionResult {
            try AttributionTestSupport.run("verify-evidence", [:], context: context)
        }

        /// Records all three files, a minute apart.
        func recordAll() throws {
            for index in paths.indices {
                _ = try hash(index)
                clock.sleep(seconds: 60)
            }
        }

        /// Rewrites the log file with `change` applied to its entries.
        func tamper(_ change: (inout [EvidenceEntry]) -> Void) throws {
            var entries = try EvidenceLog.load(from: FolderWorkspace(logURL.deletingLastPathComponent())).entries
            change(&entries)
            try EvidenceLog(entries: entries).save(to: FolderWorkspace(logURL.deletingLastPathComponent()))
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func recordsTheFirstFileWithItsHashAndAZeroLink() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let result = try setup.hash(0, description: "Screenshot, \"urgent\"\nsecond line")
        #expect(result.outputs["sha256"] == .string(Self.abcSHA256))
        #expect(result.outputs["entry"] == 1)
        #expect(result.outputs["entries"] == 1)
        #expect(result.outputs["previous-hash"] == .string(String(repeating: "0", count: 64)))
        #expect(result.outputs["file"] == "threat.png")
        #expect(result.outputs["size"] == 3)
        #expect(result.outputs["time"] == "2026-11-18T11:06:40Z")
        // The documented canonical encoding, recomputed independently.
        #expect(result.outputs["entry-hash"] == "fe12cc07b541e78e027f84d70220606843fbc25af3dc2d5178f1abfdfad2268f")
    }

    @Test func chainsEachEntryToThePreviousOne() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let first = try setup.hash(0)
        setup.clock.sleep(seconds: 90)
        let second = try setup.hash(1, description: "exported chat")
        #expect(second.outputs["entry"] == 2)
        #expect(second.outputs["entries"] == 2)
        #expect(second.outputs["previous-hash"] == first.outputs["entry-hash"])
        #expect(second.outputs["time"] == "2026-11-18T11:08:10Z")
        let log = try EvidenceLog.load(from: FolderWorkspace(setup.logURL.deletingLastPathComponent()))
        #expect(log.entries.map(\.file) == ["threat.png", "chat-export.txt"])
        #expect(log.entries[1].description == "exported chat")
        #expect(log.verify() == .ok(entries: 2))
    }

    @Test func writesTheLogForTheOwnerOnly() throws {
        let setup = try Setup()
        defer { setup.remove() }
        _ = try setup.hash(0)
        let attributes = try FileManager.default.attributesOfItem(atPath: setup.logURL.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: setup.workspace.path)
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test func verifiesAnIntactLog() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(try setup.verify().outputs["entries"] == 0)
        try setup.recordAll()
        let result = try setup.verify()
        #expect(result.outputs["verified"] == true)
        #expect(result.outputs["entries"] == 3)
        #expect(result.outputs["broken-at"] == 0)
        #expect(result.outputs["problem"] == "")
    }

    @Test func detectsAChangedHashAtItsEntry() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.recordAll()
        try setup.tamper { $0[1].sha256 = String(repeating: "a", count: 64) }
        let result = try setup.verify()
        #expect(result.outputs["verified"] == false)
        #expect(result.outputs["broken-at"] == 2)
        #expect(result.outputs["problem"] == "content-changed")
        #expect(
            result.outputs["summary"] == "entry 2 was changed after it was recorded: its fields no longer give its hash"
        )
        var entries = try EvidenceLog.load(from: FolderWorkspace(setup.logURL.deletingLastPathComponent())).entries
        entries[1].sha256 = try #require(EvidenceLog.load(from: FolderWorkspace(setup.logURL.deletingLastPathComponent())).entries.first).sha256
        entries[2].entryHash = String(repeating: "f", count: 64)
        #expect(EvidenceLog(entries: [entries[0], entries[2]]).verify() == .broken(index: 2, problem: .contentChanged))
    }

    @Test func detectsAnEntryChangedAndSealedAgainAtTheNextLink() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.recordAll()
        try setup.tamper { entries in
            let old = entries[1]
            entries[1] = EvidenceEntry(
                index: 2, time: old.time, file: "innocent.txt", size: old.size, sha256: old.sha256,
                description: old.description, previousHash: old.previousHash)
        }
        let verification = try EvidenceLog.load(from: FolderWorkspace(setup.logURL.deletingLastPathComponent())).verify()
        #expect(verification == .broken(index: 3, problem: .linkBroken))
    }

    @Test func detectsARemovedEntry() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.recordAll()
        try setup.tamper { $0.remove(at: 1) }
        #expect(try EvidenceLog.load(from: FolderWorkspace(setup.logURL.deletingLastPathComponent())).verify() == .broken(index: 2, problem: .entryRemoved))
        #expect(try setup.verify().outputs["problem"] == "entry-removed")
    }

    @Test func detectsReorderedAndCopiedEntries() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.recordAll()
        let entries = try EvidenceLog.load(from: FolderWorkspace(setup.logURL.deletingLastPathComponent())).entries
        #expect(
            EvidenceLog(entries: [entries[0], entries[2], entries[1]]).verify()
                == .broken(index: 2, problem: .entryReordered))
        #expect(
            EvidenceLog(entries: [entries[0], entries[1], entries[1]]).verify()
                == .broken(index: 3, problem: .entryReordered))
        #expect(EvidenceLog(entries: [entries[1], entries[2]]).verify() == .broken(index: 1, problem: .entryRemoved))
    }

    @Test func refusesToExtendABrokenLogAndLeavesItAlone() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try setup.recordAll()
        try setup.tamper { $0[0].description = "edited" }
        let before = try Data(contentsOf: setup.logURL)
        #expect {
            try setup.hash(1)
        } throws: { error in
            guard case .failed(let message) = error as? ActionError else { return false }
            return message.contains("entry 1 was changed after it was recorded")
                && message.contains("nothing was added")
        }
        #expect(try Data(contentsOf: setup.logURL) == before)
    }

    @Test func reportsACorruptLogWithoutOverwritingIt() throws {
        let setup = try Setup()
        defer { setup.remove() }
        try AtomicFile.makePrivateDirectory(setup.workspace)
        let garbage = Data("{\"format\": \"something else\", \"entries\": 3".utf8)
        try garbage.write(to: setup.logURL)
        #expect {
            try setup.hash(0)
        } throws: { error in
            guard case .failed(let message) = error as? ActionError else { return false }
            return message.contains("is damaged") && message.contains("left untouched")
        }
        #expect(throws: ActionError.self) { try setup.verify() }
        #expect(try Data(contentsOf: setup.logURL) == garbage)
        #expect(throws: EvidenceLogError.self) { try EvidenceLog.load(from: FolderWorkspace(setup.logURL.deletingLastPathComponent())) }
    }

    @Test func readsOnlyFilesThePersonNamed() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let secret = try AttributionTestSupport.write("key", to: "id_ed25519", in: setup.folder)
        #expect(throws: ActionError.fileNotAllowed(secret)) {
            try AttributionTestSupport.run("hash-evidence", ["path": .string(secret)], context: setup.context)
        }
        #expect(!FileManager.default.fileExists(atPath: setup.logURL.path))
    }

    @Test func reportsAMissingFile() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let missing = setup.folder.appendingPathComponent("gone.png").path
        let context = AttributionTestSupport.context(workspace: setup.workspace, files: [missing])
        #expect(throws: ActionError.fileUnavailable(missing, reason: "it does not exist or is not a regular file")) {
            try AttributionTestSupport.run("hash-evidence", ["path": .string(missing)], context: context)
        }
    }

    @Test func refusesMissingOrWrongParameters() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(throws: ActionError.missingParameter("path")) {
            try AttributionTestSupport.run("hash-evidence", [:], context: setup.context)
        }
        #expect(throws: ActionError.invalidParameter("path", "expected text, got a number")) {
            try AttributionTestSupport.run("hash-evidence", ["path": 7], context: setup.context)
        }
        #expect(throws: ActionError.invalidParameter("description", "expected text, got yes/no")) {
            try AttributionTestSupport.run(
                "hash-evidence", ["path": .string(setup.paths[0]), "description": true], context: setup.context)
        }
        #expect(throws: ActionError.invalidParameter("path", "it is empty; give the path of the file to record")) {
            try AttributionTestSupport.run("hash-evidence", ["path": "  "], context: setup.context)
        }
    }
}
