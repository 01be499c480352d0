import Foundation
import PlaybookKit
import PlaybookTerminal
import Testing

@testable import playbook

@Suite("Demo pages: Markdown in narration, injects and the playbook's text is rendered as in the terminal session")
struct DemoPagesTests {
    static let playbookYAML = """
        id: site-check
        title: Our site is in trouble
        facet: triage
        summary: A few questions about a website.
        reviewed: 2026-11-01
        start: what
        steps:
          what:
            say: |
              **Keep calm.** Three things first:

              - write down the time
              - keep the host's e-mail
            ask: Is the site down, or `slow`?
            options:
              - label: It is **down**
                value: site
                next: keep
              - label: Something else
                value: other
                next: keep
          keep:
            checklist:
              - id: screenshot
                text: Take a **screenshot** of the error page, with the date and the time showing on the screen of the computer.
            next: note
          note:
            ask: Anything to add?
            input: text
            next: done
          done:
            end: referred
            say: "Next steps:\\n\\n1. Call the **host**.\\n2. Keep the log."
            refer: [ddos_protection]
        """

    static let scenarioYAML = """
        id: tiny
        title: A tiny case
        setting:
          organisation: Example Rights Group
          country: Examplestan (invented)
          situation: The site goes down on the day of a **report**.
        reviewed: 2026-11-27
        acts:
          - id: first-call
            title: The site goes dark
            narrator: hosting provider
            facet: triage
            narration: |-
              **Day 1, 09:00.** The site stops answering.

              - Readers write in.
              - The host is silent.
            injects:
              - at: "Day 1, 09:05"
                text: Readers write that the page is **blank**.
            playbook: site-check
            answers:
              what: site
              keep: [screenshot]
              note: "A **typed** note"
        """

    static func pages(style: TerminalStyle) throws -> (pages: [String], act: ScenarioAct) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("demo-pages-\(UUID().uuidString)")
        for (path, text) in ["triage/site-check.yaml": playbookYAML, "scenarios/tiny.yaml": scenarioYAML] {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = PlaybookLibrary.load([folder.path], today: CalendarDate("2026-12-04")!)
        let scenario = try #require(library.scenario("tiny"), "\(library.diagnostics)")
        let rehearsal = ScenarioRehearsal(
            engine: Engine(playbooks: library.playbooks, registry: StandardFacets.registry), directory: library.directory, libraryRoots: [folder])
        let runs = rehearsal.run(scenario, acts: scenario.acts)
        #expect(runs.allSatisfy { $0.failure == nil }, "\(runs.map(\.failure))")
        let pages = DemoPages(scenario: scenario, runs: runs, directory: library.directory, style: style, showNotes: false).pages
        return (pages, try #require(scenario.acts.first))
    }

    @Test("without a terminal: no raw Markdown; lists get bullets with a hanging indent")
    func plain() throws {
        let (pages, act) = try Self.pages(style: TerminalStyle(enabled: false))
        let page = pages[1]
        #expect(!page.replacingOccurrences(of: "A **typed** note", with: "").contains("**"), "no raw emphasis:\n\(page)")
        #expect(page.contains("  > A **typed** note"), "a typed answer is shown as typed, not as Markdown")
        #expect(!page.contains("`"), "no raw code marks:\n\(page)")
        #expect(page.contains(TerminalMarkdown.render(act.narration, width: 80, style: TerminalStyle(enabled: false))))
        #expect(page.contains("Day 1, 09:00. The site stops answering.\n\n• Readers write in.\n• The host is silent."))
        #expect(page.contains("  • Day 1, 09:05: Readers write that the page is blank."), "an inject is a list item")
        #expect(page.contains("Keep calm. Three things first:\n\n• write down the time\n• keep the host's e-mail"), "the step's text")
        #expect(page.contains("  ? Is the site down, or slow?"), "the question")
        #expect(page.contains("  > It is down"), "the option chosen, rendered as the options are")
        #expect(page.contains("    [x] Take a screenshot of the error page, with the date and the time showing\n        on the screen of the computer."), "a checklist item with a hanging indent")
        #expect(page.contains("Outcome: referred\nNext steps:\n\n1. Call the host.\n2. Keep the log."), "the end's text after the outcome line")
        #expect(pages[0].contains("The site goes down on the day of a report."))
    }

    @Test("on a terminal: emphasis in bold, exactly as TerminalMarkdown lays it out")
    func styled() throws {
        let style = TerminalStyle(enabled: true)
        let (pages, act) = try Self.pages(style: style)
        let page = pages[1]
        #expect(!page.replacingOccurrences(of: "A **typed** note", with: "").contains("**"))
        #expect(page.contains(TerminalMarkdown.render(act.narration, width: 80, style: style)))
        #expect(page.contains(style.bold("Day 1, 09:00.")) || page.contains("\u{1B}[1mDay 1, 09:00."), "the time of the narration in bold:\n\(page)")
        #expect(page.contains(TerminalMarkdown.render("- **Day 1, 09:05:** Readers write that the page is **blank**.", width: 80, style: style, indent: "  ")))
    }

    @Test("an inject's time is not read as Markdown")
    func escapedTime() {
        #expect(DemoPages.escaped("Day *2*, [09:10]") == #"Day \*2\*, \[09:10\]"#)
        let rendered = TerminalMarkdown.render("- **\(DemoPages.escaped("Day *2*")):** text", width: 80, style: TerminalStyle(enabled: false))
        #expect(rendered == "• Day *2*: text")
    }
}
