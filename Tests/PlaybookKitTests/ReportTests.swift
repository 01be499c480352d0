import Foundation
import Testing

@testable import PlaybookKit

/// A facet for report tests: one evidence-logging action and a report section that
/// lists what was logged, as a real evidence facet would.
struct ReportEvidenceFacet: Facet {
    let id = "evidence"
    let title = "Evidence"
    let actions = [
        ActionDescriptor(
            name: "log", summary: "Logs messages as evidence.",
            parameters: [
                ParameterDescriptor("source", .url, "Where the messages are."),
                ParameterDescriptor("author", .string, "Who sent them."),
                ParameterDescriptor("count", .number, "How many."),
            ],
            outputs: [
                OutputDescriptor("entry", .string, "The log entry."),
                OutputDescriptor("logged", .number, "Messages logged."),
            ])
    ]

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        throw .unknownAction(request.name)
    }

    func reportSection(for records: [ActionRecord]) -> ReportSection? {
        let rows = records.map { record in
            "| \(record.parameters["source"]?.displayText ?? "") | \(record.parameters["author"]?.displayText ?? "") | \(record.result.outputs["logged"]?.displayText ?? "") |"
        }
        return ReportSection(
            title: "Evidence log",
            markdown: "# Logged\n\n| Source | Author | Logged |\n| --- | --- | --- |\n" + rows.joined(separator: "\n")
                + "\n\n**Entries:** \(records.count)")
    }
}

/// A harassment session with every kind of step, answered with distinctive free text
/// so tests can look for it.
enum ReportFixture {
    static let clock = Date(timeIntervalSince1970: 1_800_000_000)
    static let later = Date(timeIntervalSince1970: 1_800_003_600)

    static let sender = "Mallory Quillfeather"
    static let place = "harass.example/quill"
    static let note = "Spoke with lawyer Ottoline"
    static let checklistNote = "platform ignored Zephyrine"

    static let harassment = playbook(
        id: "harassment", facet: "triage",
        """
          start:
            say: Take a breath.
            ask: What is happening?
            options:
              - label: Threats | insults
                value: threats
                next: sender
              - label: Something else
                value: other
                next: sender
          sender:
            ask: Who is behind it, as far as you know?
            input: text
            next: place
          place:
            ask: Where does it happen?
            input: url
            next: since
          since:
            ask: Since when?
            input: date
            next: messages
          messages:
            ask: How many messages?
            input: number
            next: police
          police:
            ask: Did you tell the police?
            input: yes-no
            next: log
          log:
            action: evidence.log
            with:
              source: "{{ place }}"
              author: "Sent by {{ sender }}"
              count: "{{ messages }}"
            next: check
          check:
            route:
              - when: messages >= 10
                next: many
              - otherwise: steps
          many:
            say: "{{ messages }} messages from {{ sender }} is a lot."
            next: steps
          steps:
            say: Do what you can now.
            checklist:
              - id: screenshot
                text: Take screenshots | with dates
              - id: block
                text: Block the accounts.
              - id: report
                text: Report to the platform.
                optional: true
            next: done
          done:
            say: "Keep the evidence from {{ place }}; a helpline can help."
            end: referred
            refer: [digital_helpline, legal]
        """)

    static let engine = Engine(playbooks: decodePlaybooks([harassment]), registry: FacetRegistry([ReportEvidenceFacet()]))

    static let directory = ResponderDirectory(organisations: [
        Organisation(
            id: "helpdesk", name: "Example Helpdesk", website: "https://helpdesk.example.org",
            summary: "Answers digital security emergencies.", services: ["digital_helpline", "legal"],
            languages: ["en"], regions: ["global"], beneficiaries: ["civil society"], responseTime: "within 2 hours",
            contacts: [
                ContactMethod(kind: "email", value: "help@helpdesk.example.org", source: "https://helpdesk.example.org/contact", checked: "2026-10-01"),
                ContactMethod(kind: "web-form", value: "https://helpdesk.example.org/form", source: "https://helpdesk.example.org/contact", checked: "2026-10-02"),
            ],
            source: "https://helpdesk.example.org/about", checked: "2026-10-01"),
        Organisation(
            id: "lawyers", name: "Example Lawyers", website: "https://lawyers.example.org", summary: "Defends activists in court.",
            services: ["legal"], languages: ["es"], regions: ["latin-america"], beneficiaries: ["activists"],
            source: "https://lawyers.example.org", checked: "2026-09-15"),
        Organisation(
            id: "carers", name: "Example Carers", website: "https://carers.example.org", summary: "Psychosocial support.",
            services: ["psychosocial"], languages: ["en"], regions: ["global"], beneficiaries: ["activists"],
            source: "https://carers.example.org", checked: "2026-09-15"),
    ])

    static let logResult = ActionResult(
        outputs: ["entry": .string("12 messages by \(sender) at https://\(place)"), "logged": 12],
        messages: ["Logged 12 messages from harass.example", "Kept as evidence"])

    /// The session up to the checklist, answered with `sender` as the text answer.
    static func session(sender: String = sender, finish: Bool = true) throws -> SessionState {
        var state = try engine.start("harassment", sessionID: "session-1", at: clock).state
        state.presetProfile = ReferralProfile(region: "latin-america")
        let inputs: [StepInput] = [
            .choose(["threats"]), .text(sender), .text(place), .text("2026-11-20"), .text("12"), .text("no"),
            .actionCompleted(logResult), .acknowledge,
        ]
        for input in inputs { state = try engine.apply(input, to: state, at: clock).state }
        state.notes.append(Note(position: state.position, text: note, at: clock))
        guard finish else { return state }
        return try engine.apply(
            .checklist([
                "screenshot": ChecklistStatus(.done),
                "block": ChecklistStatus(.notApplicable, note: checklistNote),
            ]),
            to: state, at: later
        ).state
    }

    static func report(_ state: SessionState, redact: Bool = false) -> SessionReport {
        SessionReport(state: state, engine: engine, directory: directory, redact: redact, generatedAt: later)
    }
}

@Suite("Session reports: content")
struct ReportTests {
    @Test("the path lists each step with its rendered question and the answer as the person read it")
    func path() throws {
        let report = ReportFixture.report(try ReportFixture.session())
        #expect(report.title == "Test")
        #expect(report.sessionID == "session-1")
        #expect(report.startedAt == ReportFixture.clock)
        #expect(report.updatedAt == ReportFixture.later)
        // The routing step "check" is left out: the person never saw it.
        #expect(report.path.map(\.position.step) == ["start", "sender", "place", "since", "messages", "police", "log", "many", "steps", "done"])
        #expect(report.path.map(\.event) == [.answered, .answered, .answered, .answered, .answered, .answered, .action, .read, .answered, .ended])
        #expect(report.path[0].text == "What is happening?")
        #expect(report.path.map(\.answer)[0...5] == ["Threats | insults", "Mallory Quillfeather", "https://harass.example/quill", "2026-11-20", "12", "no"])
        #expect(report.path[6].action == "evidence.log")
        #expect(report.path[6].messages == ["Logged 12 messages from harass.example", "Kept as evidence"])
        #expect(report.path.allSatisfy { $0.condition == nil })
        #expect(report.path[7].text == "12 messages from Mallory Quillfeather is a lot.")
        #expect(report.path[8].answer == "1 of 3 done")
        let markdown = report.markdown()
        #expect(markdown.contains("1. What is happening? (Test, step start)\n   - Answer: Threats | insults"))
        // An action step tells what the action said, not its name; no route condition shows.
        #expect(markdown.contains("7. Test, step log\n   - Logged 12 messages from harass.example\n   - Kept as evidence"))
        #expect(!markdown.contains("messages >= 10"))
        #expect(!markdown.contains("evidence.log"))
        #expect(!report.html().contains("messages &gt;= 10"))
        #expect(report.html().contains("Answer: Mallory Quillfeather"))
    }

    @Test("a finished session leads with its outcome and the end step's rendered text")
    func outcome() throws {
        let report = ReportFixture.report(try ReportFixture.session())
        #expect(report.status.outcome == .referred)
        #expect(report.status.isFinished)
        #expect(report.status.text == "Keep the evidence from https://harass.example/quill; a helpline can help.")
        #expect(report.status.refer == ["digital_helpline", "legal"])
        #expect(report.markdown().contains("## Outcome\n\n**Referred to an organisation.** (Test, step done)"))
    }

    @Test("a session in progress says so and names the step it waits at")
    func inProgress() throws {
        let state = try ReportFixture.session(finish: false)
        let report = ReportFixture.report(state)
        #expect(report.status.outcome == nil)
        #expect(report.status.label == "In progress")
        #expect(report.status.position == Position(playbook: "harassment", step: "steps"))
        #expect(report.status.text == "Do what you can now.")
        #expect(report.path.last?.event == .current)
        #expect(report.referrals.isEmpty)
        #expect(report.checklists.first?.items.map(\.state) == [.open, .open, .open])
        #expect(report.markdown().contains("## Where things stand"))
        #expect(!report.markdown().contains("## Where to get help"))
    }

    @Test("checklist items are done, open (also when left out of the answer) or not applicable with a note")
    func checklists() throws {
        let report = ReportFixture.report(try ReportFixture.session())
        let checklist = try #require(report.checklists.first)
        #expect(report.checklists.count == 1)
        #expect(checklist.text == "Do what you can now.")
        #expect(checklist.items.map(\.id) == ["screenshot", "block", "report"])
        #expect(checklist.items.map(\.state) == [.done, .notApplicable, .open])
        #expect(checklist.items.map(\.note) == [nil, ReportFixture.checklistNote, nil])
        #expect(checklist.items[2].optional)
        let markdown = report.markdown()
        #expect(markdown.contains("| Take screenshots \\| with dates | done |  |"))
        #expect(markdown.contains("| Block the accounts. | not applicable | platform ignored Zephyrine |"))
        #expect(markdown.contains("| Report to the platform. (optional) | open |  |"))
        #expect(report.html().contains("<span class=\"state state-not-applicable\">not applicable</span>"))
    }

    @Test("actions keep their parameters, results and messages for tools; people read the messages")
    func actions() throws {
        let report = ReportFixture.report(try ReportFixture.session())
        let action = try #require(report.actions.first)
        #expect(action.action == "evidence.log")
        #expect(action.facetTitle == "Evidence")
        #expect(action.position == Position(playbook: "harassment", step: "log"))
        #expect(action.parameters.map(\.name) == ["author", "count", "source"])
        #expect(action.parameters.map(\.text) == ["Sent by Mallory Quillfeather", "12", "https://harass.example/quill"])
        #expect(action.outputs.first { $0.name == "logged" }?.value == 12)
        #expect(action.messages == ["Logged 12 messages from harass.example", "Kept as evidence"])
        let markdown = report.markdown()
        #expect(!markdown.contains("## Actions"))
        #expect(!markdown.contains("logged: 12"), "no raw outputs for people")
        #expect(markdown.contains("   - Logged 12 messages from harass.example"))
        let json = report.json()
        #expect(json.contains("\"logged\""), "tools still get the outputs")
    }

    @Test("long lists in outputs are shortened for people and kept whole for tools")
    func longOutputs() {
        let items = (1...25).map { Value.string("item \($0)") }
        let field = ReportField(name: "found", value: .list(items))
        #expect(field.text.hasSuffix("item 10 … (15 more)"))
        #expect(field.value == .list(items))
        #expect(ReportField(name: "text", value: .string(String(repeating: "a", count: 400))).text.count == ReportField.maxTextShown + 1)
    }

    @Test("facets whose actions ran add their sections, with their headings nested")
    func facetSections() throws {
        let report = ReportFixture.report(try ReportFixture.session())
        #expect(report.facetSections.map(\.facet) == ["evidence"])
        #expect(report.facetSections.first?.title == "Evidence log")
        let markdown = report.markdown()
        #expect(markdown.contains("## Evidence: Evidence log\n\n### Logged\n"))
        #expect(markdown.contains("| https://harass.example/quill | Sent by Mallory Quillfeather | 12 |"))
        let html = report.html()
        #expect(html.contains("<h2>Evidence: Evidence log</h2>\n<h3>Logged</h3>"))
        #expect(html.contains("<th>Source</th><th>Author</th><th>Logged</th>"))
        #expect(html.contains("<td>https://harass.example/quill</td>"))
        #expect(html.contains("<p><strong>Entries:</strong> 1</p>"))
        let quiet = SessionReport(
            state: try ReportFixture.session(), engine: Engine(playbooks: Array(ReportFixture.engine.playbooks.values), registry: FacetRegistry()),
            directory: ReportFixture.directory, redact: false, generatedAt: ReportFixture.later)
        #expect(quiet.facetSections.isEmpty, "no registered facet, no section")
        #expect(quiet.actions.first?.facetTitle == nil)
    }

    @Test("notes appear with their step and time")
    func notes() throws {
        let report = ReportFixture.report(try ReportFixture.session())
        #expect(report.notes.map(\.text) == [ReportFixture.note])
        #expect(report.notes.first?.position.step == "steps")
        #expect(report.markdown().contains("- 2027-01-15 08:00 UTC, Test, step steps:\\\n  Spoke with lawyer Ottoline"))
    }

    @Test("referrals fit the person: a regional organisation only where the person is, services said in words")
    func referralsFitThePerson() throws {
        var state = try ReportFixture.session()
        #expect(ReportFixture.report(state).referralNeed?.profile.region == "latin-america")
        state.presetProfile = ReferralProfile(language: "fr")
        let report = ReportFixture.report(state)
        #expect(report.referrals.map(\.id) == ["helpdesk"])
        #expect(report.referrals[0].offers == ["digital_helpline", "legal"])
        let markdown = report.markdown()
        #expect(markdown.contains("- Offers: digital security helpline, legal help"))
        #expect(!markdown.contains("digital_helpline"))
        #expect(markdown.contains("None of these says it works in your language."))
        #expect(report.html().contains("<p><strong>Offers: digital security helpline, legal help</strong></p>"))
    }

    @Test("the best five are shown in full and the others named after them")
    func moreReferrals() throws {
        let many = (1...7).map { index in
            Organisation(
                id: "desk-\(index)", name: "Desk \(index)", website: "https://desk-\(index).example.org", summary: "A helpdesk.",
                services: ["digital_helpline"], languages: ["en"], regions: ["global"], beneficiaries: [],
                source: "https://desk-\(index).example.org", checked: "2026-10-01")
        }
        let report = SessionReport(
            state: try ReportFixture.session(), engine: ReportFixture.engine, directory: ResponderDirectory(organisations: many),
            redact: false, generatedAt: ReportFixture.later)
        #expect(report.referrals.map(\.id) == (1...5).map { "desk-\($0)" })
        #expect(report.moreReferrals.map(\.id) == ["desk-6", "desk-7"])
        #expect(report.markdown().contains("### More organisations that fit\n\n- Desk 6: https://desk-6.example.org\n- Desk 7:"))
    }

    @Test("referrals list the organisations offering the services, best first, with verified contacts")
    func referrals() throws {
        let report = ReportFixture.report(try ReportFixture.session())
        #expect(report.referrals.map(\.id) == ["helpdesk", "lawyers"])
        let helpdesk = report.referrals[0]
        #expect(helpdesk.website == "https://helpdesk.example.org")
        #expect(helpdesk.services == ["digital_helpline", "legal"])
        #expect(helpdesk.contacts.map(\.kind) == ["email", "web-form"])
        #expect(helpdesk.contacts[0].checked == "2026-10-01")
        #expect(helpdesk.contacts[0].source == "https://helpdesk.example.org/contact")
        let markdown = report.markdown()
        #expect(markdown.contains("  - email: help@helpdesk.example.org (checked 2026-10-01 on https://helpdesk.example.org/contact)"))
        #expect(markdown.contains("- Contact: through the website"))
        #expect(!markdown.contains("Example Carers"))
        let html = report.html()
        #expect(html.contains("<a href=\"https://helpdesk.example.org\" class=\"bare\">https://helpdesk.example.org</a>"))
        #expect(html.contains("<a href=\"https://helpdesk.example.org/form\" class=\"bare\">"))
    }

    @Test("the path follows a jump into another playbook and renders each text in its own playbook")
    func crossPlaybook() throws {
        let engine = Engine(playbooks: decodePlaybooks([EngineTests.main, EngineTests.account]), registry: LintHarness.registry)
        var state = try engine.start("main", sessionID: "s", at: EngineTests.clock).state
        for input: StepInput in [.choose(["account"]), .text("no"), .acknowledge] {
            state = try engine.apply(input, to: state, at: EngineTests.clock).state
        }
        let report = SessionReport(state: state, engine: engine, directory: ReportFixture.directory, redact: false, generatedAt: EngineTests.clock)
        #expect(report.path.map(\.position.description) == ["main#what", "account#start", "account#secure", "account#finished"])
        #expect(report.path.map(\.answer) == ["An account", "no", nil, nil])
        #expect(report.path[2].text == "Change the password.")
        #expect(report.status.outcome == .resolved)
        #expect(report.referrals.isEmpty)
        #expect(report.checklists.isEmpty && report.actions.isEmpty)
    }
}

@Suite("Session reports: the summary a helpline acts on")
struct ReportSummaryTests {
    @Test("the summary gives urgency, what happened and when, done and open, notes and who to contact, in every format")
    func summary() throws {
        let report = ReportFixture.report(try ReportFixture.session())
        let summary = report.summary
        #expect(summary.situation == "Test")
        #expect(summary.urgency == .soon, "referred: contact an organisation soon")
        #expect(summary.startedAt == ReportFixture.clock)
        #expect(summary.answers.first == ReportSummary.Answer(question: "What is happening?", answer: "Threats | insults"))
        #expect(summary.answers.count == 6, "questions and inputs, not the checklist")
        #expect(summary.done == ["Take screenshots | with dates"])
        #expect(summary.open == ["Report to the platform."], "items that do not apply are neither done nor open")
        #expect(summary.notes == [ReportFixture.note])
        #expect(summary.contacts == report.referrals.prefix(ReportSummary.contactsShown).map(\.name))
        let markdown = report.markdown()
        #expect(markdown.hasPrefix("# Session report: Test\n\n## Summary\n\n- **Situation:** Test\n- **Urgency:** Contact an organisation soon\n"))
        #expect(markdown.contains("- **What happened:**\n  - What is happening? → Threats | insults\n  - "))
        #expect(markdown.contains("- **Done:**\n  - Take screenshots | with dates\n- **Still open:**\n  - Report to the platform.\n"))
        #expect(markdown.contains("- **The person's notes:**\n  - Spoke with lawyer Ottoline\n"))
        #expect(markdown.contains("- **Who to contact:** Example Helpdesk"))
        #expect(markdown.range(of: "## Summary")!.lowerBound < markdown.range(of: "## Outcome")!.lowerBound, "the summary comes first")
        let html = report.html()
        #expect(html.contains("<section id=\"summary\">\n<h2>Summary</h2>"))
        #expect(html.contains("<dt>Urgency</dt><dd><strong>Contact an organisation soon</strong></dd>"))
        #expect(html.contains("<dt>Still open</dt><dd><ul><li>Report to the platform.</li></ul></dd>"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        let json = try #require(object["summary"] as? [String: Any])
        #expect(json["urgency"] as? String == "soon")
        #expect(json["situation"] as? String == "Test")
        #expect(json["done"] as? [String] == ["Take screenshots | with dates"])
        #expect((json["answers"] as? [[String: String]])?.first == ["question": "What is happening?", "answer": "Threats | insults"])
        #expect(json["startedAt"] as? String == "2027-01-15T08:00:00Z")
    }

    @Test("the situation is the part the session ended in, not the triage it started with; escalated is urgent")
    func situationWhereItEnded() throws {
        let triage = playbook(id: "triage", """
              what:
                ask: What is happening?
                options:
                  - label: Our site is down
                    value: site
                    next: playbook:site
            """)
        let site = playbook(id: "site", """
              start:
                ask: Does it load?
                input: yes-no
                next: done
              done:
                end: escalated
                say: Get help now.
                refer: [digital_helpline]
            """).replacingOccurrences(of: "title: Test", with: "title: Website down")
        let engine = Engine(playbooks: decodePlaybooks([triage, site]), registry: LintHarness.registry)
        var state = try engine.start("triage", sessionID: "s", at: ReportFixture.clock).state
        for input: StepInput in [.choose(["site"]), .text("no")] {
            state = try engine.apply(input, to: state, at: ReportFixture.clock).state
        }
        let report = SessionReport(state: state, engine: engine, directory: ReportFixture.directory, redact: false, generatedAt: ReportFixture.later)
        #expect(report.title == "Test", "the JSON still names the playbook the session started with")
        #expect(report.summary.situation == "Website down")
        #expect(report.summary.urgency == .urgent)
        #expect(report.markdown().hasPrefix("# Session report: Website down\n"))
        #expect(report.markdown().contains("- **Urgency:** Urgent: get help now\n"))
        #expect(report.html().contains("<h1>Session report: Website down</h1>"))
        #expect(report.summary.answers.map(\.answer) == ["Our site is down", "no"])
    }

    @Test("a redacted summary leaves out typed answers and notes, as the rest of the report does")
    func redactedSummary() throws {
        let report = ReportFixture.report(try ReportFixture.session(), redact: true)
        #expect(report.summary.notes.isEmpty)
        #expect(report.summary.answers[1].answer == SessionReport.leftOut)
        #expect(report.markdown().contains("- **The person's notes:** left out of this redacted report\n"))
    }

    @Test("Markdown escapes only where Markdown would misread the text")
    func plainTextEscaping() {
        for plain in ["+31 20 8000 400", "#1 priority", "C:\\Users\\x", "a - b * c", "run `playbook` again", "*really*", "2026.11", "a < b", "[left out]", "see [a note]"] {
            #expect(MarkdownText.inline(plain) == plain, "\(plain) needs no escape")
        }
        #expect(MarkdownText.inline("- a list") == "\\- a list")
        #expect(MarkdownText.inline("# heading") == "\\# heading")
        #expect(MarkdownText.inline("1. first") == "1\\. first")
        #expect(MarkdownText.inline("> quote") == "\\> quote")
        #expect(MarkdownText.inline("---") == "\\---")
        #expect(MarkdownText.inline("```") == "\\```")
        #expect(MarkdownText.inline("[x](https://evil.example)") == "\\[x](https://evil.example)")
        #expect(MarkdownText.inline("<b>x</b>") == "\\<b>x\\</b>")
        #expect(MarkdownText.inline("&amp; \\*") == "\\&amp; \\\\*")
        #expect(MarkdownText.cell("a | b") == "a \\| b")
    }
}

extension ReportSummaryTests {
    @Test("a long or pasted answer is cut on one line in the summary; the path keeps it whole")
    func longAnswers() {
        let pasted = "Return-Path: <bounce@mailer.example.net>\n" + String(repeating: "Received: from somewhere ", count: 10)
        let short = ReportSummary.shortened(pasted)
        #expect(!short.contains("\n"))
        #expect(short.count == ReportSummary.answerShown)
        #expect(short.hasSuffix("…"))
        #expect(ReportSummary.shortened("12") == "12")
    }
}

extension ReportSummaryTests {
    @Test("a playbook's own Markdown keeps its soft line breaks and its lists; a value filled in still cannot start a block")
    func authoredMarkdown() {
        let say = "Report it to a\nhelpline; they can help.\n\nNext steps:\n\n1. Contact one.\n2. Tell them\nwhat you did.\n- a bullet\n# not a heading\n> not a quote\n---\n<b>x</b>"
        let block = MarkdownText.block(say, authored: true)
        #expect(block.hasPrefix("Report it to a\nhelpline; they can help.\n\nNext steps:\n\n1. Contact one.\n2. Tell them\nwhat you did.\n- a bullet\n"))
        #expect(block.hasSuffix("\\# not a heading\n\\> not a quote\n\\---\n\\<b>x\\</b>"))
        #expect(!block.contains("\\\n"), "no hard breaks at the author's line ends")
        #expect(MarkdownText.block("line one\n1. typed", indent: "  ") == "line one\\\n  1\\. typed", "a person's text keeps its breaks, escaped")
        #expect(MarkdownText.inline("<bounce@mailer.example.net>") == "\\<bounce@mailer.example.net>")
        #expect(MarkdownText.inline("a <3 b") == "a <3 b")
    }
}
