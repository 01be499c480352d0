import LegalFacet
import PlaybookKit
import Testing

@Suite struct LegalReportTests {
    private let incident = ActionRecord(
        step: "log-incident", action: "legal.incident-log",
        parameters: ["when": "2026-11-20", "platform": "X", "description": "Doxxing | address posted", "where": .null],
        result: ActionResult(outputs: [
            "entries": .number(3), "csv-path": "/w/incident-log.csv", "markdown-path": "/w/incident-log.md",
            "recorded": "2026-11-27T12:00:00Z",
        ]))

    private let deadline = ActionRecord(
        step: "strasbourg", action: "legal.deadline", parameters: ["event-date": "2026-11-10", "rule": "echr-application"],
        result: ActionResult(outputs: [
            "deadline": "2027-03-10", "days-left": .number(103), "rule-title": "European Court of Human Rights - application",
            "source": "https://www.echr.coe.int/documents/d/echr/convention_ENG", "checked": "2026-11-27",
            "note": "Confirm with a lawyer; national rules may differ.",
        ]))

    @Test func incidentsAndDeadlinesAreRendered() throws {
        let section = try #require(LegalFacet().reportSection(for: [incident, deadline]))
        #expect(section.title == "Legal defence")
        #expect(section.markdown.contains("### Incidents logged\n\n| # | When |"))
        #expect(section.markdown.contains("| 3 | 2026-11-20 | X |  |  | Doxxing \\| address posted |  | 2026-11-27T12:00:00Z |"))
        #expect(section.markdown.contains(
            "- **European Court of Human Rights - application**: last day **2027-03-10**, counted from 2026-11-10. "
                + "Source: <https://www.echr.coe.int/documents/d/echr/convention_ENG> (checked 2026-11-27). "
                + "Confirm with a lawyer; national rules may differ."))
    }

    @Test func onlyWhatRanAppears() throws {
        let section = try #require(LegalFacet().reportSection(for: [deadline]))
        #expect(!section.markdown.contains("Incidents logged"))
        #expect(section.markdown.contains("### Deadlines"))
    }

    @Test func nothingToReportGivesNoSection() {
        #expect(LegalFacet().reportSection(for: []) == nil)
        let unrelated = ActionRecord(step: "s", action: "care.breathe", parameters: [:], result: ActionResult(outputs: [:]))
        #expect(LegalFacet().reportSection(for: [unrelated]) == nil)
    }

    @Test func theFacetDeclaresItsActionsConsistently() {
        let facet = LegalFacet()
        #expect(facet.id == "legal" && facet.title == "Legal defence")
        #expect(facet.actions.map(\.name) == ["incident-log", "deadline"])
        for action in facet.actions {
            for name in action.parameters.map(\.name) + action.outputs.map(\.name) {
                #expect(name.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil, "\(action.name): \(name)")
            }
        }
        #expect(facet.action(named: "deadline")?.parameter(named: "event-date")?.type == .date)
        #expect(throws: ActionError.unknownAction("sue")) {
            try facet.perform(ActionRequest(name: "sue", parameters: [:]), context: ActionContext(workspace: .temporaryDirectory))
        }
    }
}
