import Foundation
import Testing

@testable import PlaybookKit

@Suite("playbook new: the scaffold")
struct PlaybookScaffoldTests {
    @Test("the scaffold lints clean, holds each common step kind, and its tests pass with full coverage")
    func scaffold() throws {
        let text = PlaybookScaffold.playbook(id: "fresh-start", facet: "care", reviewed: CalendarDate("2026-11-27")!)
        let root = try #require(try YAMLLoader().load(Array(text.utf8), file: "fresh-start.yaml"))
        let (decoded, diagnostics) = PlaybookDecoder.decode(root, source: text, contentHash: "x")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let playbook = try #require(decoded)
        let registry = FacetRegistry([ObservingFacet()])
        #expect(PlaybookValidator(library: ["fresh-start": playbook], registry: registry).validate(playbook).isEmpty)
        #expect(Set(playbook.steps.map(\.kind.name)) == ["question", "input", "information", "checklist", "routing", "end"])

        let (file, problems) = decodeTestFile(PlaybookScaffold.test(id: "fresh-start"))
        #expect(problems.isEmpty)
        let runner = PlaybookTestRunner(engine: Engine(playbooks: [playbook], registry: registry), directory: ResponderDirectory(organisations: []), libraryRoots: [])
        var coverage = BranchCoverage(playbook)
        for result in runner.run(try #require(file)) {
            #expect(result.passed, "\(result.failures)")
            coverage.record(try #require(result.state))
        }
        #expect(coverage.percent == 100)
    }
}
