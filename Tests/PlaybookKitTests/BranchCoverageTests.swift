import Foundation
import Testing

@testable import PlaybookKit

@Suite("Playbook tests: branch coverage")
struct BranchCoverageTests {
    static let text = playbook(
        id: "main", facet: "care",
        """
          first:
            ask: Which?
            options:
              - label: A
                value: a
                next: second
              - label: B
                value: b
                next: second
          second:
            ask: Which areas?
            multiple: true
            options:
              - label: One
              - label: Two
            next: decide
          decide:
            route:
              - when: first == 'a'
                next: done
              - when: first == 'b' and 'One' in second
                next: done
              - otherwise: done
          done:
            end: resolved
        """)

    func state(_ answers: [String: AnswerScript.Answer]) throws -> SessionState {
        let playbooks = decodePlaybooks([Self.text])
        let entries = answers.map { AnswerScript.Entry(key: $0.key, answer: $0.value, location: SourceLocation(file: "t", line: 1, column: 1)) }
        return try SessionDriver.run(
            "main", script: AnswerScript(entries: entries), engine: Engine(playbooks: playbooks, registry: FacetRegistry()), context: ActionContext())
    }

    @Test("options of single-choice questions and routes with otherwise are branches; multiple choice is not")
    func countsBranches() {
        let coverage = BranchCoverage(decodePlaybooks([Self.text])[0])
        #expect(coverage.branches.map(\.description) == [
            "first: chose “A” (a)", "first: chose “B” (b)",
            "decide: when first == 'a'", "decide: when first == 'b' and 'One' in second", "decide: otherwise",
        ])
        #expect(coverage.percent == 0)
        #expect(coverage.branches[0].location.line == 10)
        #expect(coverage.branches[3].location.column == 15)
    }

    @Test("runs mark the options chosen (by value, label or number) and the routes taken")
    func recordsRuns() throws {
        var coverage = BranchCoverage(decodePlaybooks([Self.text])[0])
        coverage.record(try state(["first": .one("B"), "second": .many(["Two"])]))
        #expect(coverage.untaken.map(\.description) == ["first: chose “A” (a)", "decide: when first == 'a'", "decide: when first == 'b' and 'One' in second"])
        #expect(coverage.percent == 40)
        coverage.record(try state(["first": .one("1"), "second": .many([])]))
        coverage.record(try state(["first": .one("b"), "second": .many(["One"])]))
        #expect(coverage.untaken.isEmpty)
        #expect(coverage.percent == 100)
    }

    @Test("the percentage rounds down, so only full coverage reads 100%")
    func roundsDown() throws {
        var coverage = BranchCoverage(decodePlaybooks([Self.text])[0])
        coverage.record(try state(["first": .one("a"), "second": .many([])]))
        #expect(coverage.taken.count == 2)
        #expect(coverage.percent == 40)
        let noBranches = BranchCoverage(decodePlaybooks([playbook(id: "x", "  done:\n    end: resolved\n")])[0])
        #expect(noBranches.percent == 100)
    }
}
