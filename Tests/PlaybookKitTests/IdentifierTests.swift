import Foundation
import Testing

@testable import PlaybookKit

@Suite("Identifiers and content hashes")
struct IdentifierTests {
    @Test("an id is lowercase ASCII letters, digits, '-' and '_', starting with a letter, at most 64 long")
    func identifierRule() {
        for valid in ["a", "site-down", "step_2", "x9", String(repeating: "a", count: 64)] {
            #expect(Identifier.isValid(valid), "\(valid)")
        }
        for invalid in ["", "9lives", "-start", "Site", "café", "a b", "a.b", "ａ", String(repeating: "a", count: 65)] {
            #expect(!Identifier.isValid(invalid), "\(invalid)")
        }
    }

    @Test("a library read for sessions hashes each playbook; one read for lint skips hashing")
    func contentHashes() throws {
        let folder = try PlaybookBinaryFree.folder(["triage/call.yaml": ScenarioTests.question])
        let hashed = PlaybookLibrary.load([folder], today: LintHarness.today)
        let hash = try #require(hashed.playbook("call")?.contentHash)
        #expect(hash.count == 64 && hash.allSatisfy { $0.isHexDigit && !$0.isUppercase }, "SHA-256 in hex: \(hash)")
        let unhashed = PlaybookLibrary.load([folder], today: LintHarness.today, hashingContents: false)
        #expect(unhashed.playbook("call")?.contentHash == "")
        #expect(unhashed.playbook("call")?.steps.map(\.id) == hashed.playbook("call")?.steps.map(\.id))
        let linted = Linter(registry: LintHarness.registry, today: LintHarness.today).lint([folder]).library
        #expect(linted.playbook("call")?.contentHash == "", "lint reads without hashing")
    }
}
