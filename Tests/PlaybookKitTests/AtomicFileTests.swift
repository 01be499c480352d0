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

    @Test("private folders are created owner-only, with the parents that were missing")
    func privateFolder() throws {
        let base = temporaryWorkspace()
        let folder = base.appendingPathComponent("a/b")
        try AtomicFile.makePrivateDirectory(folder)
        for path in [folder.path, base.appendingPathComponent("a").path] {
            let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
            #expect(permissions?.intValue == 0o700, "\(path)")
        }
    }

    @Test("a symbolic link planted at the temporary name earlier versions used is not written through")
    func plantedSymlink() throws {
        let folder = temporaryWorkspace()
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("the person's other file".utf8).write(to: victim)
        let target = folder.appendingPathComponent("session.json")
        let predictable = folder.appendingPathComponent(".session.json.\(getpid()).tmp")
        try FileManager.default.createSymbolicLink(at: predictable, withDestinationURL: victim)
        try AtomicFile.write(Data("answers".utf8), to: target)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "the person's other file")
        #expect(try String(contentsOf: target, encoding: .utf8) == "answers")
        let type = try FileManager.default.attributesOfItem(atPath: target.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    @Test("temporary names are unpredictable (128 random bits) and recognised as leftovers; other names are not")
    func temporaryNames() throws {
        let target = URL(fileURLWithPath: "/tmp/x/session.json")
        let first = AtomicFile.temporaryURL(for: target).lastPathComponent
        let second = AtomicFile.temporaryURL(for: target).lastPathComponent
        #expect(first != second)
        #expect(first.hasPrefix(".session.json.") && first.hasSuffix(".tmp") && first.count == ".session.json.".count + 32 + 4)
        #expect(AtomicFile.target(ofTemporary: first) == "session.json")
        #expect(AtomicFile.target(ofTemporary: ".session.json.4242.tmp") == "session.json", "as earlier versions named them")
        for name in ["session.json", ".session.json.tmp", ".session.json.notrandom.tmp", ".x.\(String(repeating: "A", count: 32)).tmp", "..1.tmp"] {
            #expect(AtomicFile.target(ofTemporary: name) == nil, "\(name)")
        }
    }

    @Test("leftovers are shredded, a leftover-named link is removed without touching its target, other files stay")
    func leftovers() throws {
        let folder = temporaryWorkspace()
        let outside = temporaryWorkspace().appendingPathComponent("kept.txt")
        try Data("not ours".utf8).write(to: outside)
        let leftover = folder.appendingPathComponent(".a.json.\(String(repeating: "9", count: 32)).tmp")
        try Data("answers from a crash".utf8).write(to: leftover)
        let link = folder.appendingPathComponent(".b.json.77.tmp")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        let busy = folder.appendingPathComponent(".c.json.88.tmp")
        try Data("being saved".utf8).write(to: busy)
        try Data("{}".utf8).write(to: folder.appendingPathComponent("a.json"))
        let removed = try AtomicFile.removeLeftovers(in: folder) { $0 == "c.json" }
        #expect(Set(removed.map(\.lastPathComponent)) == [leftover.lastPathComponent, link.lastPathComponent])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [busy.lastPathComponent, "a.json"])
        #expect(try String(contentsOf: outside, encoding: .utf8) == "not ours")
    }
}
