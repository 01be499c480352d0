import Foundation
import PlaybookKit
import Testing

/// A facet with a title in words, for the handout's headings.
private struct NamedFacet: Facet {
    let id: String
    let title: String
    let actions: [ActionDescriptor] = []

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        throw .unknownAction(request.name)
    }
}

@Suite("Scenario handouts: the participants' pages keep each act's ending to themselves; the facilitator's page has it")
struct ScenarioHandoutTests {
    static let playbookYAML = """
        id: site-check
        title: Our site is in trouble
        facet: triage
        summary: A few questions about a website.
        reviewed: 2026-11-01
        start: what
        steps:
          what:
            ask: What is happening?
            options:
              - label: Our site is down
                value: site
                next: done
              - label: Something else
                value: other
                next: done
          done:
            end: escalated
            say: Call the hosting company within the hour.
            refer: [ddos_protection, digital_helpline]
        """

    static let scenarioYAML = """
        id: tiny
        title: A tiny case
        setting:
          organisation: Example Rights Group
          country: Examplestan (invented)
          situation: The site goes down on the day of a **report**.
        reviewed: 2026-11-27
        region: middle-east-north-africa
        acts:
          - id: first-call
            title: The site goes dark
            narrator: hosting provider
            facet: triage
            narration: "**Day 1, 09:00.** The site stops answering."
            notes: Ask what the room would check first.
            prompts:
              - Who would you call before the host?
              - What would you keep as evidence?
            injects:
              - at: "Day 1, 09:05"
                text: Readers write that the page is blank.
            playbook: site-check
            answers:
              what: site
          - id: quiet-act
            title: A quiet moment
            narrator: hosting provider
            facet: triage
            narration: Nothing new happens.
            playbook: site-check
            answers:
              what: other
        """

    static func handout() throws -> ScenarioHandout {
        let folder = try PlaybookBinaryFree.folder(["triage/site-check.yaml": playbookYAML, "scenarios/tiny.yaml": scenarioYAML])
        let library = PlaybookLibrary.load([folder], today: LintHarness.today)
        #expect(library.diagnostics.filter { $0.severity == .error }.isEmpty, "\(library.diagnostics)")
        let scenario = try #require(library.scenario("tiny"))
        let facets = FacetRegistry([NamedFacet(id: "triage", title: "First assessment")])
        let rehearsal = ScenarioRehearsal(engine: Engine(playbooks: library.playbooks, registry: facets), directory: directory, libraryRoots: [])
        let runs = rehearsal.run(scenario, acts: scenario.acts)
        #expect(runs.allSatisfy { $0.outcome != nil })
        return ScenarioHandout(scenario: scenario, runs: runs, playbooks: library.playbooksByID, directory: directory, facets: facets)
    }

    static let directory = ResponderDirectory(organisations: [
        Organisation(
            id: "shield", name: "Example Shield", website: "https://shield.example/", summary: "Keeps sites online.",
            services: ["ddos_protection"], languages: ["en"], regions: ["global"], beneficiaries: ["civil society"], contacts: [],
            source: "https://shield.example/about", checked: "2026-11-01"),
    ])

    @Test("the participants' pages tell the story in words, without any act's ending")
    func participants() throws {
        let text = try Self.handout().participantsMarkdown()
        for ending in ["escalated", "Escalated", "referred", "resolved", "monitoring", "ended", "Call the hosting company", "How it ends"] {
            #expect(!text.contains(ending), "the participants' pages give away an ending: \(ending)")
        }
        for id in ["first-call", "quiet-act", "ddos_protection", "digital_helpline", "middle-east-north-africa", "(triage)"] {
            #expect(!text.contains(id), "an id instead of words: \(id)")
        }
        #expect(!text.contains("Facilitator") && !text.contains("facilitator"))
        #expect(!text.contains("Who would you call before the host?"), "prompts are for the facilitator")
        #expect(!text.contains("Ask what the room would check first."), "notes are for the facilitator")
        #expect(text.contains("### 1. The site goes dark"))
        #expect(text.contains("### 2. A quiet moment"))
        #expect(text.contains("Told by: hosting provider. Part of the response: First assessment."))
        #expect(text.contains("- **Region:** the Middle East and North Africa"))
        #expect(text.contains("**Day 1, 09:00.** The site stops answering."), "the narration stays Markdown")
        #expect(text.contains("The site goes down on the day of a **report**."), "so does the situation, without forced line breaks")
        #expect(text.contains("- **Day 1, 09:05:** Readers write that the page is blank."))
        #expect(text.contains("Playbook used: **Our site is in trouble** (`playbook run site-check`)."))
        #expect(text.contains("### Protection against DDoS attacks"))
        #expect(text.contains("### Digital security helpline"))
        #expect(text.contains("**Example Shield**"))
    }

    @Test("the facilitator's page has, per act, the narration, notes, prompts and how it ends")
    func facilitator() throws {
        let handout = try Self.handout()
        let page = handout.facilitatorMarkdown()
        #expect(page.hasPrefix("# For the facilitator: A tiny case"))
        #expect(page.contains("## Act 1: The site goes dark"))
        #expect(page.contains("**Day 1, 09:00.** The site stops answering."))
        #expect(page.contains("Ask what the room would check first."))
        #expect(page.contains("- Who would you call before the host?\n- What would you keep as evidence?"))
        #expect(page.contains("- **Day 1, 09:05:** Readers write that the page is blank."))
        #expect(page.contains("Escalated: help is needed urgently, beyond the playbook. It points to: Protection against DDoS attacks, Digital security helpline."))
        #expect(page.contains("## Act 2: A quiet moment"))
        #expect(page.contains("Ask the room what they would have done, and in what order."), "an act without notes or prompts still gets a question")
        #expect(!page.contains("first-call") && !page.contains("ddos_protection"))
    }

    @Test("the facilitator's page comes after the participants' pages only when asked for, in Markdown and HTML")
    func separate() throws {
        let handout = try Self.handout()
        #expect(handout.markdown() == handout.participantsMarkdown())
        let both = handout.markdown(facilitator: true)
        let split = try #require(both.range(of: "# For the facilitator"))
        #expect(String(both[..<split.lowerBound]) == handout.participantsMarkdown() + "\n")
        #expect(!handout.html().contains("For the facilitator"))
        let page = handout.html(facilitator: true)
        let main = try #require(page.range(of: "</main>"))
        let section = try #require(page.range(of: "<section class=\"facilitator\">"))
        #expect(main.upperBound <= section.lowerBound, "the facilitator's page is a section after the participants' pages")
        #expect(!page[..<section.lowerBound].contains("Escalated"))
        #expect(page.contains("break-before: page"), "printed, it starts on a page of its own")
        #expect(!page.contains("<script"))
        #expect(!page.contains("<p>*"), "no single-star emphasis, which the HTML page would show raw")
    }

    @Test("words for ids: services and regions from the directory's words, and ends")
    func words() {
        #expect(ResponderDirectory.serviceKeys.allSatisfy { !ScenarioWords.service($0).contains("_") })
        #expect(ResponderDirectory.regionKeys.allSatisfy { !ScenarioWords.region($0).contains("-") })
        #expect(EndOutcome.allCases.allSatisfy { ScenarioWords.outcome($0).hasPrefix($0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst()) })
    }
}
