import Foundation
import Testing

@testable import PlaybookKit

@Suite("Atomic, owner-only file writes")
struct AtomicFileTests {
    @Test("a write replaces the whole file, owner-only, leaving no temporary file behind")
    func replaces() throws {
        let folder = temporaryWorkspace()
        let file = folder.appendingPathComponent("session.json")
        try AtomicFile.write(Data("old".utf8), to: file)
        try AtomicFile.write(Data("new content".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new content")
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["session.json"])
    }

    @Test("a write that cannot complete leaves what was there untouched and no temporary file")
    func failureKeepsOld() throws {
        let folder = temporaryWorkspace()
        let target = folder.appendingPathComponent("session.json")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("kept".utf8).write(to: target.appendingPathComponent("inside"))
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("new".utf8), to: target) }
        #expect(try String(contentsOf: target.appendingPathComponent("inside"), encoding: .utf8) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["session.json"])
    }

    @Test("private folders are created owner-only")
    func privateFolder() throws {
        let folder = temporaryWorkspace().appendingPathComponent("a/b")
        try AtomicFile.makePrivateDirectory(folder)
        let permissions = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o700)
    }
}
