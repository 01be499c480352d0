import Foundation
import Testing

@testable import PlaybookKit

@Suite("Session reports: redaction")
struct ReportRedactionTests {
    /// Everything the person typed in the fixture session, or that an action derived from it.
    static let secrets = ["Quillfeather", "harass.example", "Ottoline", "Zephyrine"]

    func formats(_ report: SessionReport) -> [String: String] {
        ["markdown": report.markdown(), "html": report.html(), "json": report.json()]
    }

    @Test("a redacted report says so at the top, in every format")
    func notice() throws {
        let report = ReportFixture.report(try ReportFixture.session(), redact: true)
        #expect(report.redacted)
        #expect(report.markdown().hasPrefix("# Session report: Test\n\n> **Redacted.** This report is redacted."))
        #expect(report.html().contains("<header>\n<h1>Session report: Test</h1>\n<p class=\"redacted\"><strong>Redacted.</strong> This report is redacted."))
        let json = try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as! [String: Any]
        #expect(json["redacted"] as? Bool == true)
        #expect(!ReportFixture.report(try ReportFixture.session()).markdown().contains("Redacted"))
    }

    @Test("a redacted report shows file paths without the user name, in every format")
    func homeFolders() throws {
        var state = try ReportFixture.session()
        state.actions[0].result.messages += [
            "Kept /home/marta/evidence/mail.eml", "Kept /Users/marta/Desktop/shot.png", #"Kept C:\Users\marta\Documents\log.txt"#,
        ]
        state.actions[0].result.outputs["file"] = "/var/home/marta/evidence/mail.eml"
        let plain = ReportFixture.report(state)
        for (format, text) in formats(plain) { #expect(text.contains("marta"), "the \(format) report keeps paths as they are") }
        let redacted = ReportFixture.report(state, redact: true)
        for (format, text) in formats(redacted) {
            #expect(!text.contains("marta"), "the redacted \(format) report shows a user name")
            #expect(text.contains("~/evidence/mail.eml") && text.contains("~/Desktop/shot.png"), "\(format) keeps the rest of the path")
        }
        #expect(redacted.markdown().contains(#"Kept ~\Documents\log.txt"#), "a Windows path is not escaped into \\\\")
        #expect(ReportRedactor.hidingHomeFolders("see https://example.org/home/marta and /home/ana/x, /Users/bo") == "see https://example.org/home/marta and ~/x, ~")
        #expect(ReportRedactor.hidingHomeFolders(#"D:\Users\Marta Ruiz\a.txt"#) == #"~\a.txt"#, "a name with a space goes too")
        #expect(ReportRedactor.hidingHomeFolders("/Users/Marta Ruiz/a.txt and more") == "~/a.txt and more")
    }

    @Test("free-text answers, notes, checklist notes and what actions built from them are absent in all three formats")
    func secretsAbsent() throws {
        let plain = ReportFixture.report(try ReportFixture.session())
        for (format, text) in formats(plain) {
            for secret in Self.secrets { #expect(text.contains(secret), "the unredacted \(format) report shows \(secret)") }
        }
        let redacted = ReportFixture.report(try ReportFixture.session(), redact: true)
        for (format, text) in formats(redacted) {
            for secret in Self.secrets { #expect(!text.contains(secret), "the redacted \(format) report leaks \(secret)") }
        }
    }

    @Test("redaction keeps chosen options, dates, numbers, yes/no, checklist states, the outcome and referrals")
    func keeps() throws {
        let report = ReportFixture.report(try ReportFixture.session(), redact: true)
        #expect(report.path.map(\.answer)[0...5] == ["Threats | insults", "[left out]", "[left out]", "2026-11-20", "12", "no"])
        #expect(report.path[8].answer == "1 of 3 done")
        #expect(report.checklists.first?.items.map(\.state) == [.done, .notApplicable, .open])
        #expect(report.checklists.first?.items.map(\.note) == [nil, "[left out]", nil])
        #expect(report.notes.isEmpty)
        #expect(report.status.outcome == .referred)
        #expect(report.referrals.map(\.id) == ["helpdesk", "lawyers"])
        let markdown = report.markdown()
        #expect(markdown.contains("- Answer: Threats | insults"))
        #expect(markdown.contains("- Answer: 2026-11-20"))
        #expect(markdown.contains("- Answer: [left out]"))
        #expect(markdown.contains("Notes are left out of this redacted report."))
        #expect(markdown.contains("help@helpdesk.example.org"))
        #expect(report.html().contains("Answer: <span class=\"left-out\">[left out]</span>"))
    }

    @Test("texts that show a free-text answer are rendered without it")
    func renderedTexts() throws {
        let report = ReportFixture.report(try ReportFixture.session(), redact: true)
        #expect(report.path[7].text == "12 messages from [left out] is a lot.")
        #expect(report.status.text == "Keep the evidence from [left out]; a helpline can help.")
        let engine = Engine(playbooks: decodePlaybooks([EngineTests.main, EngineTests.account]), registry: LintHarness.registry)
        var state = try engine.start("main", sessionID: "s", at: EngineTests.clock).state
        for input: StepInput in [.choose(["site"]), .text("secret-site.example"), .text("2026-11-20"), .text("12"), .actionCompleted(ActionResult(outputs: ["verdict": "up"]))] {
            state = try engine.apply(input, to: state, at: EngineTests.clock).state
        }
        let busy = SessionReport(state: state, engine: engine, directory: ReportFixture.directory, redact: true, generatedAt: EngineTests.clock)
        #expect(busy.status.text == "[left out] answers; 12 people are affected.")
        #expect(!busy.markdown().contains("secret-site"))
    }

    @Test("action parameters built from free text and the text outputs of such actions are left out; numbers and messages stay")
    func actions() throws {
        let report = ReportFixture.report(try ReportFixture.session(), redact: true)
        let action = try #require(report.actions.first)
        #expect(action.parameters.map(\.text) == ["[left out]", "12", "[left out]"])
        #expect(action.parameters.map(\.value) == ["[left out]", 12, "[left out]"])
        #expect(action.outputs.map(\.name) == ["entry", "logged"])
        #expect(action.outputs.map(\.value) == ["[left out]", 12])
        #expect(action.messages == ["Logged 12 messages from [left out]", "Kept as evidence"])
        let section = try #require(report.facetSections.first)
        #expect(section.markdown.contains("| [left out] | [left out] | 12 |"), "the facet is handed the redacted records")
    }

    @Test("an action that only echoes free text in its output loses that output, even without tainted parameters")
    func echoedOutput() throws {
        let echo = playbook(
            id: "echo",
            """
              name:
                ask: Your name?
                input: text
                next: fixed
              fixed:
                action: evidence.log
                with:
                  source: https://fixed.example
                  author: the team
                  count: 3
                next: done
              done:
                end: resolved
            """)
        let engine = Engine(playbooks: decodePlaybooks([echo]), registry: FacetRegistry([ReportEvidenceFacet()]))
        var state = try engine.start("echo", at: ReportFixture.clock).state
        state = try engine.apply(.text("Persephone Oddling"), to: state, at: ReportFixture.clock).state
        state = try engine.apply(
            .actionCompleted(ActionResult(outputs: ["entry": "by persephone oddling", "logged": 3], messages: ["Hello Persephone Oddling"])),
            to: state, at: ReportFixture.clock
        ).state
        let report = SessionReport(state: state, engine: engine, directory: ReportFixture.directory, redact: true, generatedAt: ReportFixture.clock)
        #expect(report.actions.first?.parameters.map(\.value) == ["the team", 3, "https://fixed.example"])
        #expect(report.actions.first?.outputs.map(\.value) == ["[left out]", 3])
        #expect(report.actions.first?.messages == ["Hello [left out]"])
        #expect(!report.json().lowercased().contains("oddling"))
    }

    @Test("a short free-text answer is left out where it is the whole value, not inside other words")
    func shortAnswers() {
        let state = try! ReportFixture.session(sender: "no")
        let report = ReportFixture.report(state, redact: true)
        #expect(report.path[1].answer == "[left out]")
        #expect(report.path[5].answer == "no", "the yes/no answer is kept")
        #expect(report.actions.first?.messages == ["Logged 12 messages from [left out]", "Kept as evidence"])
    }
}
