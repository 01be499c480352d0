import Foundation
import Testing

@testable import PlaybookKit

@Suite("Library files linked from outside the library")
struct LibrarySymlinkTests {
    static let playbook = """
        id: linked
        title: Linked
        facet: care
        summary: A playbook read through a link.
        reviewed: 2026-11-01
        steps:
          done:
            end: resolved
        """

    @Test("a file linking outside the library is refused at line 1, column 1; a link inside it is read")
    func outsideRefusedInsideRead() throws {
        let library = temporaryWorkspace()
        let outside = temporaryWorkspace().appendingPathComponent("secret.yaml")
        try Data("id: not-from-the-library\n".utf8).write(to: outside)
        try FileManager.default.createDirectory(at: library.appendingPathComponent("care"), withIntermediateDirectories: true)
        try Data(Self.playbook.utf8).write(to: library.appendingPathComponent("care/linked-target.yaml.txt"))
        try FileManager.default.createSymbolicLink(
            at: library.appendingPathComponent("care/inside.yaml"), withDestinationURL: library.appendingPathComponent("care/linked-target.yaml.txt"))
        try FileManager.default.createSymbolicLink(at: library.appendingPathComponent("care/outside.yaml"), withDestinationURL: outside)
        let loaded = PlaybookLibrary.load([library.path], today: LintHarness.today)
        #expect(loaded.playbooks.map(\.id) == ["linked"], "the link inside the library is read")
        let refused = loaded.diagnostics.filter { $0.rule == "symlink-outside-library" }
        #expect(refused.count == 1)
        let diagnostic = try #require(refused.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location == SourceLocation(file: library.path + "/care/outside.yaml", line: 1, column: 1))
        #expect(diagnostic.message.contains("outside the library"))
        #expect(diagnostic.message.contains("copy the file into the library instead, or remove the link"))
        #expect(!loaded.diagnostics.contains { $0.message.contains("not-from-the-library") }, "the outside file is not read")
    }
}
