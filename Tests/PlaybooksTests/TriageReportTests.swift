import PlaybookKit
import Testing
import TriageFacet

@Suite("triage report section")
struct TriageReportTests {
    private let facet = TriageFacet()

    private func record(_ action: String, _ parameters: [String: Value]) throws -> ActionRecord {
        let name = String(action.dropFirst("triage.".count))
        let result = try facet.perform(
            ActionRequest(name: name, parameters: parameters), context: TriageTestDirectory.context())
        return ActionRecord(step: name, action: action, parameters: parameters, result: result)
    }

    @Test func nothingRunMeansNoSection() {
        #expect(facet.reportSection(for: []) == nil)
    }

    @Test func priorityReasonsAndReferralsWithContactsAreReported() throws {
        let first = try record("triage.assess", ["physical-danger": false, "detained": false, "affected": ["website"]])
        let latest = try record(
            "triage.assess", ["physical-danger": false, "detained": true, "ongoing": true, "affected": ["people"]])
        let referral = try record("triage.refer", ["services": ["legal", "psychosocial"], "region": "latin-america", "limit": 1])
        let nothing = try record("triage.refer", ["services": ["relocation"]])
        let section = try #require(facet.reportSection(for: [first, latest, referral, nothing]))
        #expect(section.title == "Triage")
        let text = section.markdown
        #expect(text.contains("**Priority: critical** (score 75 of 100)"))
        #expect(!text.contains("The website is affected"))
        #expect(text.contains("- Someone has been arrested or detained."))
        #expect(text.contains("Open next: legal, care."))
        #expect(text.contains("### Organisations that can help: legal help, psychological and emotional support"))
        #expect(
            text.contains(
                "- **Care Collective**, https://care-collective.example/: legal help, psychological and emotional support (checked 2026-11-01)"))
        #expect(text.contains("  - signal: +00 000 000 000"))
        #expect(text.contains("  - email: care@care-collective.example"))
        #expect(text.contains("### Organisations that can help: help to move to safety"))
        #expect(text.contains("Global Helpline (https://global-helpline.example/)"))
    }

    @Test func theFacetDeclaresItsActions() {
        #expect(facet.id == "triage")
        #expect(facet.title == "Triage")
        #expect(facet.actions.map(\.name) == ["assess", "refer"])
        for action in facet.actions {
            for output in action.outputs {
                #expect(output.name.allSatisfy { $0.isLowercase || $0 == "-" })
            }
        }
        #expect(facet.action(named: "assess")?.parameter(named: "physical-danger")?.required == true)
        #expect(facet.action(named: "refer")?.parameter(named: "services")?.required == true)
    }

    @Test func anUnknownActionIsRefused() {
        #expect(throws: ActionError.unknownAction("escalate")) {
            try facet.perform(ActionRequest(name: "escalate", parameters: [:]), context: TriageTestDirectory.context())
        }
    }
}
