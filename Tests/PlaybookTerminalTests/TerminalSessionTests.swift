import Foundation
import PlaybookKit
import Testing

@testable import PlaybookTerminal

/// A facet whose one action emits a line and asks consent for a full address.
struct EchoFacet: Facet {
    let id = "infrastructure"
    let title = "Echo"
    let actions = [
        ActionDescriptor(
            name: "probe-site", summary: "Asks to contact a host.",
            parameters: [ParameterDescriptor("url", .url, "The site.")],
            outputs: [OutputDescriptor("consent", .bool, "Whether it was allowed.")])
    ]

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        context.emit("While it runs, a long progress line that a facet emits must be wrapped to the terminal's width and lose \u{1B}[31mescape sequences.")
        let url = (try? request.string("url")) ?? ""
        let allowed = context.askConsent(ConsentRequest(address: url + "/status?q=1", host: "example.org", purpose: "check whether the website answers"))
        return ActionResult(outputs: ["consent": .bool(allowed)], messages: [allowed ? "contacted" : "not contacted"])
    }
}

@Suite("The terminal front end of the session driver")
struct TerminalSessionTests {
    static let yaml = """
        id: site
        title: Site down
        facet: infrastructure
        summary: Test.
        reviewed: 2026-11-01
        steps:
          what:
            say: "Take a **breath**."
            ask: What do you see?
            options:
              - label: An error page
                value: error
                next: url
              - label: Nothing
                value: nothing
                next: url
          url:
            ask: The address?
            input: url
            next: safe
          safe:
            ask: Are you safe?
            input: yes-no
            next: probe
          probe:
            action: infrastructure.probe-site
            with:
              url: "{{ url }}"
            next: info
          info:
            say: Keep calm.
            next: list
          list:
            checklist:
              - id: call
                text: Call the host.
              - id: copy
                text: Keep a copy.
              - id: tell
                text: Tell the team.
            next: done
          done:
            end: referred
            say: Done for now.
            refer: [ddos_protection]
        """

    static let engine: Engine = {
        let root = try! YAMLLoader().load(Array(TerminalSessionTests.yaml.utf8), file: "site.yaml")!
        let playbook = PlaybookDecoder.decode(root, source: TerminalSessionTests.yaml, contentHash: "h").playbook!
        return Engine(playbooks: [playbook], registry: FacetRegistry([EchoFacet()]))
    }()

    final class Saves: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [SessionState] = []
        func append(_ state: SessionState) { lock.withLock { stored.append(state) } }
        var states: [SessionState] { lock.withLock { stored } }
    }

    static let directory = ResponderDirectory(organisations: [
        Organisation(
            id: "shield", name: "Shield Org", website: "https://shield.example", summary: "", services: ["ddos_protection"],
            languages: ["en"], regions: ["global"], beneficiaries: [], source: "https://shield.example", checked: "2026-11-01")
    ])

    /// Runs `lines` from the start (or from `state`) at a console; returns the end, what
    /// was shown, every save and the front end.
    func run(_ lines: [String], interactive: Bool = true, from state: SessionState? = nil, engine: Engine = TerminalSessionTests.engine)
        -> (RunEnd, BufferConsole, Saves, TerminalSession)
    {
        let console = BufferConsole(lines: lines, interactive: interactive)
        let saves = Saves()
        let terminal = TerminalSession(engine: engine, console: console)
        let context = ActionContext(clock: FixedClock(start: Date(timeIntervalSince1970: 0)), directory: Self.directory)
        var driver: SessionDriver
        if let state {
            driver = SessionDriver(engine: engine, state: state, context: context, network: interactive ? .ask : .decline, save: { saves.append($0) }, onEvent: terminal.show)
        } else {
            driver = try! SessionDriver.start(
                engine.playbooks.keys.sorted()[0], sessionID: "s1", engine: engine, context: context, network: interactive ? .ask : .decline,
                save: { saves.append($0) }, onEvent: terminal.show)
        }
        return (terminal.run(&driver), console, saves, terminal)
    }

    @Test("a whole run: options by number, re-asking on a bad answer, consent naming the full address, checklist item by item, referrals")
    func wholeRun() throws {
        let (end, console, saves, _) = run(["1", "not a url", "example.org", "1", "2", "", "1", "3", "2"])
        guard case .finished(let state) = end else {
            Issue.record("expected the run to finish, got \(end)")
            return
        }
        #expect(state.currentAnswers["url"] == "https://example.org")
        #expect(state.currentAnswers["safe"] == true)
        #expect(state.currentAnswers["probe"] == ["consent": false])
        #expect(state.checklists["site#list"]?["copy"]?.state == .notApplicable)
        #expect(state.checklists["site#list"]?["tell"]?.state == .notDone)
        let output = console.output
        #expect(output.contains("Take a breath."), "Markdown emphasis is rendered without markers when colour is off")
        #expect(output.contains("'not a url' is not a web address"))
        #expect(output.contains("This step would contact https://example.org/status?q=1"), "the consent question names the full address")
        #expect(output.contains("not contacted"))
        #expect(output.contains("While it runs, a long progress line"))
        #expect(output.contains("[1/3] Call the host."))
        #expect(output.contains("Shield Org: https://shield.example"))
        #expect(output.contains("b back · ? why · n note"))
        #expect(output.contains("playbook report s1"), "a finished run says how to get its report")
        #expect(!output.contains("\u{1B}"))
        let longLines = output.split(separator: "\n").filter { $0.count > 80 }
        #expect(longLines.isEmpty, "lines over 80 columns: \(longLines)")
        #expect(saves.states.count >= 9, "saved after every answer and every checklist item")
    }

    @Test("commands: back, why, note and help at a prompt; going back shows the earlier answer and Enter keeps it")
    func commands() throws {
        let (end, console, saves, _) = run(["1", "?", "b", "", "n", "the host is Example Hosting", "h", "s"])
        guard case .stopped(let state) = end else {
            Issue.record("expected a stop, got \(end)")
            return
        }
        #expect(state.currentAnswers["what"] == "error", "Enter kept the earlier answer")
        #expect(state.position.step == "url")
        #expect(state.notes.map(\.text) == ["the host is Example Hosting"])
        #expect(console.output.contains("Earlier answer: An error page. Press Enter to keep it."))
        #expect(console.output.contains("Because you answered “An error page” to “What do you see?”"))
        #expect(console.output.contains("Type the number of an answer"))
        #expect(console.output.contains("Note saved."))
        #expect(console.output.contains("Saved as s1. To continue later, run:\n  playbook resume s1\n"))
        #expect(saves.states.last == state)
    }

    @Test("single letters are commands on every step: on a yes/no question n adds a note and s saves; yes/no takes 1 and 2")
    func sameCommandsEverywhere() throws {
        let (end, console, _, _) = run(["1", "example.org", "n", "a note on safety", "s"])
        guard case .stopped(let state) = end else {
            Issue.record("expected a stop, got \(end)")
            return
        }
        #expect(state.position.step == "safe", "s saved and stopped instead of answering 'sí'")
        #expect(state.notes.map(\.text) == ["a note on safety"], "n added a note instead of answering 'no'")
        #expect(console.output.contains("1) Yes   2) No"))
        let (yes, _, _, _) = run(["1", "example.org", "2", "2"], interactive: false)
        #expect(yes.state.currentAnswers["safe"] == false, "2 is the second option, No")
    }

    @Test("a checklist is saved item by item, Ctrl-D keeps the ticks and notes, and resume goes on at the next open item")
    func checklistProgress() throws {
        let (stopped, console, saves, terminal) = run(["2", "example.org", "1", "2", "", "1", "n", "called at 9", "3"])
        #expect(terminal.stop == .endOfInput)
        let state = stopped.state
        #expect(state.position.step == "list")
        #expect(state.checklists["site#list"]?["call"] == ChecklistStatus(.done))
        #expect(state.checklists["site#list"]?["copy"] == ChecklistStatus(.notApplicable, note: "called at 9"))
        #expect(saves.states.last == state, "the tick and the note are in the saved session")
        #expect(console.output.contains("Note saved."))
        let (resumed, again, _, _) = run(["1"], from: state)
        #expect(again.output.contains("[3/3] Tell the team."), "resume goes on at the next open item")
        #expect(!again.output.contains("[1/3]") && !again.output.contains("[2/3]"))
        guard case .finished(let done) = resumed else {
            Issue.record("expected the run to finish, got \(resumed)")
            return
        }
        #expect(done.checklists["site#list"]?["copy"] == ChecklistStatus(.notApplicable, note: "called at 9"))
        #expect(done.currentAnswers["list"] == ["call", "tell"])
    }

    @Test("b inside a checklist goes back one item, showing its earlier state, and Enter keeps it")
    func backInsideChecklist() throws {
        let (end, console, _, _) = run(["2", "example.org", "1", "2", "", "1", "b", "", "3", "1"])
        guard case .finished(let state) = end else {
            Issue.record("expected the run to finish, got \(end)")
            return
        }
        #expect(console.output.contains("Earlier: done. Press Enter to keep it."))
        #expect(state.checklists["site#list"]?["call"]?.state == .done)
        #expect(state.checklists["site#list"]?["copy"]?.state == .notApplicable)
        #expect(state.checklists["site#list"]?["tell"]?.state == .done)
    }

    @Test("end of input saves and stops cleanly")
    func endOfInput() throws {
        let (end, console, saves, _) = run(["1"])
        guard case .stopped(let state) = end else {
            Issue.record("expected a stop, got \(end)")
            return
        }
        #expect(state.position.step == "url")
        #expect(saves.states.last?.position.step == "url")
        #expect(console.output.contains("End of input: your session is saved as s1. To continue later, run:\n  playbook resume s1\n"))
    }

    @Test("piped input: one answer per line, one line per checklist item, and a bad answer fails naming the step")
    func piped() throws {
        let (end, console, _, _) = run(["1", "example.org", "yes", "1", "2", "3"], interactive: false)
        guard case .finished(let state) = end else {
            Issue.record("expected the run to finish, got \(end)")
            return
        }
        #expect(state.currentAnswers["list"] == ["call"])
        #expect(console.output.contains("Not contacting https://example.org/status?q=1"), "piped runs decline the network and say so")
        let (failed, _, _, _) = run(["7"], interactive: false)
        guard case .failed(_, let failure) = failed else {
            Issue.record("expected a failure, got \(failed)")
            return
        }
        #expect(failure.message.contains("step 'what'"))
        #expect(failure.message.contains("'7' is not one of the options"))
    }

    @Test("pasted lines become one text answer")
    func pastedText() throws {
        let yaml = """
            id: paste
            title: Paste
            facet: infrastructure
            summary: Test.
            reviewed: 2026-11-01
            steps:
              headers:
                ask: Paste the headers.
                input: text
                next: sure
              sure:
                ask: Is that all?
                input: yes-no
                next: done
              done:
                end: resolved
            """
        let root = try #require(try YAMLLoader().load(Array(yaml.utf8), file: "paste.yaml"))
        let playbook = try #require(PlaybookDecoder.decode(root, source: yaml, contentHash: "h").playbook)
        let engine = Engine(playbooks: [playbook], registry: FacetRegistry([EchoFacet()]))
        let (end, _, _, _) = run(["Received: from a.example\nFrom: b@example.org\nTo: c@example.org", "yes"], engine: engine)
        guard case .finished(let state) = end else {
            Issue.record("expected the run to finish, got \(end)")
            return
        }
        #expect(state.currentAnswers["headers"] == "Received: from a.example\nFrom: b@example.org\nTo: c@example.org")
        #expect(state.currentAnswers["sure"] == true)
    }

    @Test("moving into another playbook says so, so the step count changing is explained")
    func enteringAnotherPart() throws {
        let first = """
            id: a-first
            title: First part
            facet: care
            summary: Test.
            reviewed: 2026-11-01
            steps:
              go:
                ask: Go on?
                options:
                  - label: Yes
                    next: playbook:b-second
            """
        let second = """
            id: b-second
            title: Second part
            facet: care
            summary: Test.
            reviewed: 2026-11-01
            steps:
              more:
                ask: One more?
                options:
                  - label: Yes
                    next: done
              done:
                end: resolved
            """
        let playbooks = try [first, second].map { text in
            let root = try #require(try YAMLLoader().load(Array(text.utf8), file: "p.yaml"))
            return try #require(PlaybookDecoder.decode(root, source: text, contentHash: "h").playbook)
        }
        let engine = Engine(playbooks: playbooks, registry: FacetRegistry([]))
        let (_, console, _, _) = run(["1", "1"], engine: engine)
        #expect(console.output.contains("Now: Second part."))
        #expect(!console.output.contains("Now: First part."), "the start is not announced as a move")
        #expect(console.output.contains("Step 1 of “First part” · at most 1 more"))
        #expect(console.output.contains("Now: Second part. The steps are counted again from 1 for this part.\n\nStep 1 of “Second part”"),
            "the count restarts visibly in the new part")
        #expect(!console.output.contains("Step 2"))
    }

    @Test("a long title is cut in the progress line, never the counts")
    func progressLineFits() {
        let terminal = TerminalSession(engine: Self.engine, console: BufferConsole(lines: [], width: 40))
        let line = terminal.progressLine(PlaybookKit.Progress(stepsDone: 7, stepsLeftAtMost: 13, stepsDoneInPart: 2), title: "Our website is down, unreachable or changed")
        #expect(line.count <= 40)
        #expect(line.hasPrefix("Step 3 of “Our"))
        #expect(line.hasSuffix("…” · at most 13 more"))
    }

    /// Decodes `texts` into an engine over `facets`.
    func engine(_ texts: [String], facets: [any Facet] = []) throws -> Engine {
        let playbooks = try texts.map { text in
            let root = try #require(try YAMLLoader().load(Array(text.utf8), file: "p.yaml"))
            return try #require(PlaybookDecoder.decode(root, source: text, contentHash: "h").playbook)
        }
        return Engine(playbooks: playbooks, registry: FacetRegistry(facets))
    }

    /// A `triage` facet whose `refer` says how many organisations it found.
    struct ReferFacet: Facet {
        let id = "triage"
        let title = "Triage"
        let actions = [
            ActionDescriptor(
                name: "refer", summary: "Finds organisations.", parameters: [ParameterDescriptor("services", .list, "Services.")],
                outputs: [OutputDescriptor("count", .number, "How many.")])
        ]

        func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
            ActionResult(
                outputs: ["count": 1],
                messages: ["1 organisation can help; the best match comes first.", "- Shield Org (https://shield.example)\n  - Offers: protection"])
        }
    }

    static let referring = """
        id: refer-first
        title: Help
        facet: triage
        summary: Test.
        reviewed: 2026-11-01
        steps:
          find:
            action: triage.refer
            with:
              services: [ddos_protection]
            next: how
          how:
            route:
              - when: "find.count > 0"
                next: urgent
              - otherwise: urgent
          urgent:
            end: escalated
            say: Contact one of the organisations listed above now.
            refer: [ddos_protection]
        """

    @Test("a referral action's list is shown where the person is, as Markdown, so the end's 'listed above' points at it")
    func referralsAtTheStep() throws {
        for interactive in [true, false] {
            let (end, console, _, _) = run([], interactive: interactive, engine: try engine([Self.referring], facets: [ReferFacet()]))
            guard case .finished = end else {
                Issue.record("expected the run to finish, got \(end)")
                return
            }
            let output = console.output
            let listed = try #require(output.range(of: "• Shield Org (https://shield.example)\n  • Offers: protection"))
            let above = try #require(output.range(of: "Contact one of the organisations listed above now."))
            #expect(listed.lowerBound < above.lowerBound, "the organisations come before the end that points up to them")
            #expect(output.contains("1 organisation can help"), "the action's own message is shown")
            #expect(output.contains("Your session is saved as s1. For a report"))
            #expect(output.hasSuffix("\n  playbook report s1\n"), "the exact command, on a line of its own")
        }
    }

    @Test("why am I here, after a check: what the check found, in its words, without conditions or action names")
    func whyAfterACheck() throws {
        let text = """
            id: checked
            title: Site
            facet: triage
            summary: Test.
            reviewed: 2026-11-01
            steps:
              find:
                action: triage.refer
                with:
                  services: [ddos_protection]
                next: how
              how:
                route:
                  - when: "find.count > 0"
                    next: ask
                  - otherwise: ask
              ask:
                ask: Shall we go on?
                options:
                  - label: Yes
                    next: done
              done:
                end: resolved
            """
        let (_, console, _, _) = run(["?", "1"], engine: try engine([text], facets: [ReferFacet()]))
        #expect(console.output.contains("  - Because the tool's check found: 1 organisation can help; the best match\n    comes first."))
        #expect(!console.output.contains("find.count") && !console.output.contains("triage.refer") && !console.output.contains("condition"))
    }

    @Test("without a terminal, text already laid out is not wrapped again: Markdown source lines are soft, each line fits once")
    func wrappedOnce() throws {
        let text = """
            id: long
            title: Long
            facet: care
            summary: Test.
            reviewed: 2026-11-01
            steps:
              read:
                say: |-
                  Every e-mail carries hidden lines, its *headers*, that record the servers it passed
                  through. They can show whether the sender is who they claim to be, and a helpline can read them.

                  - In most webmail, open the menu of the message (often `⋮` or `…`) and choose **Show original**.
                ask: Go on?
                options:
                  - label: Yes
                    next: done
              done:
                end: resolved
            """
        let (_, console, _, _) = run(["1"], interactive: false, engine: try engine([text]))
        let lines = console.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Every e-mail carries hidden lines, its headers, that record the servers it"))
        #expect(lines.contains("passed through. They can show whether the sender is who they claim to be, and a"))
        #expect(lines.contains("  original."), "a list item's continuation keeps its hanging indent")
        #expect(lines.allSatisfy { $0.count <= 80 }, "over 80: \(lines.filter { $0.count > 80 })")
        #expect(!lines.contains("through. They can show whether the sender is who they claim to be, and a helpline"))
    }

    @Test("the commands of the terminal")
    func commandWords() {
        #expect(TerminalCommand("n") == .note)
        #expect(TerminalCommand(" S ") == .save)
        #expect(TerminalCommand("q") == .save)
        #expect(TerminalCommand("B") == .back)
        #expect(TerminalCommand("1") == nil)
        #expect(TerminalCommand("yes") == nil)
    }
}
