import Foundation
import PlaybookKit
import Testing

@testable import PlaybookTerminal

/// A facet whose one action echoes its parameter, or asks consent for a host.
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
        let allowed = context.askConsent(ConsentRequest(host: "example.org", purpose: "check whether the website answers"))
        return ActionResult(outputs: ["consent": .bool(allowed)], messages: [allowed ? "contacted" : "not contacted"])
    }
}

@Suite("The interactive prompt layer")
struct InteractiveRunTests {
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
            next: done
          done:
            end: referred
            say: Done for now.
            refer: [ddos_protection]
        """

    let engine: Engine = {
        let root = try! YAMLLoader().load(Array(InteractiveRunTests.yaml.utf8), file: "site.yaml")!
        let playbook = PlaybookDecoder.decode(root, source: InteractiveRunTests.yaml, contentHash: "h").playbook!
        return Engine(playbooks: [playbook], registry: FacetRegistry([EchoFacet()]))
    }()

    final class Saves: @unchecked Sendable {
        var states: [SessionState] = []
    }

    func run(_ lines: [String], interactive: Bool = true) throws -> (InteractiveRun.Result, BufferConsole, Saves) {
        let console = BufferConsole(lines: lines, interactive: interactive)
        let saves = Saves()
        let directory = ResponderDirectory(organisations: [
            Organisation(
                id: "shield", name: "Shield Org", website: "https://shield.example", summary: "", services: ["ddos_protection"],
                languages: ["en"], regions: ["global"], beneficiaries: [], source: "https://shield.example", checked: "2026-11-01")
        ])
        let context = ActionContext(clock: FixedClock(start: Date(timeIntervalSince1970: 0)), workspace: FileManager.default.temporaryDirectory, directory: directory)
        let run = InteractiveRun(engine: engine, console: console, context: context, directory: directory) { saves.states.append($0) }
        let start = try engine.start("site", sessionID: "s1", at: Date(timeIntervalSince1970: 0)).state
        return (run.run(start), console, saves)
    }

    @Test("a whole run: options by number, re-asking on a bad answer, consent, checklist item by item, referrals")
    func wholeRun() throws {
        let (result, console, saves) = try run(["1", "not a url", "example.org", "1", "2", "", "1", "3"])
        guard case .finished(let state) = result else {
            Issue.record("expected the run to finish, got \(result)")
            return
        }
        #expect(state.currentAnswers["url"] == "https://example.org")
        #expect(state.currentAnswers["safe"] == true)
        #expect(state.currentAnswers["probe"] == ["consent": false])
        #expect(state.checklists["site#list"]?["copy"]?.state == .notApplicable)
        let output = console.output
        #expect(output.contains("Take a breath."), "Markdown emphasis is rendered without markers when colour is off")
        #expect(output.contains("'not a url' is not a web address"))
        #expect(output.contains("This step would contact example.org"))
        #expect(output.contains("not contacted"))
        #expect(output.contains("While it runs, a long progress line"))
        #expect(output.contains("[1/2] Call the host."))
        #expect(output.contains("Shield Org: https://shield.example"))
        #expect(output.contains("b back · ? why · n note"))
        #expect(!output.contains("\u{1B}"))
        let longLines = output.split(separator: "\n").filter { $0.count > 80 }
        #expect(longLines.isEmpty, "lines over 80 columns: \(longLines)")
        #expect(saves.states.count >= 7, "saved after every answer")
    }

    @Test("commands: back, why, note and help at a prompt")
    func commands() throws {
        let (result, console, saves) = try run(["1", "?", "b", "2", "n", "the host is Example Hosting", "h", "s"])
        guard case .stopped(let state) = result else {
            Issue.record("expected a stop, got \(result)")
            return
        }
        #expect(state.currentAnswers["what"] == "nothing")
        #expect(state.position.step == "url")
        #expect(state.notes.map(\.text) == ["the host is Example Hosting"])
        #expect(console.output.contains("To “What do you see?” you answered “An error page”."))
        #expect(console.output.contains("Type the number of an answer"))
        #expect(console.output.contains("Saved. Continue later with: playbook resume s1"))
        #expect(saves.states.last == state)
    }

    @Test("on a yes/no prompt 'n' means no, and 'note' adds a note")
    func yesNo() {
        #expect(InteractiveRun.command("n", yesNo: true) == nil)
        #expect(InteractiveRun.command("n", yesNo: false) == .note)
        #expect(InteractiveRun.command("note", yesNo: true) == .note)
        #expect(InteractiveRun.command("B", yesNo: false) == .back)
    }

    @Test("end of input saves and stops cleanly")
    func endOfInput() throws {
        let (result, console, saves) = try run(["1"])
        guard case .stopped(let state) = result else {
            Issue.record("expected a stop, got \(result)")
            return
        }
        #expect(state.position.step == "url")
        #expect(saves.states.last?.position.step == "url")
        #expect(console.output.contains("End of input: your session is saved."))
    }

    @Test("piped input: one answer per line, and a bad answer fails naming the step")
    func piped() throws {
        let (result, _, _) = try run(["1", "example.org", "yes", "1", ""], interactive: false)
        guard case .finished(let state) = result else {
            Issue.record("expected the run to finish, got \(result)")
            return
        }
        #expect(state.currentAnswers["list"] == ["call"])
        let (failed, _, _) = try run(["7"], interactive: false)
        guard case .failed(_, let message) = failed else {
            Issue.record("expected a failure, got \(failed)")
            return
        }
        #expect(message.contains("step 'what'"))
        #expect(message.contains("'7' is not one of the options"))
    }

    @Test("pasted lines become one text answer; on yes/no prompts n and s are answers")
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
        let console = BufferConsole(lines: ["Received: from a.example\nFrom: b@example.org\nTo: c@example.org", "s"])
        let context = ActionContext(workspace: FileManager.default.temporaryDirectory)
        let run = InteractiveRun(engine: engine, console: console, context: context, directory: ResponderDirectory(organisations: [])) { _ in }
        guard case .finished(let state) = run.run(try engine.start("paste", at: Date()).state) else {
            Issue.record("expected the run to finish")
            return
        }
        #expect(state.currentAnswers["headers"] == "Received: from a.example\nFrom: b@example.org\nTo: c@example.org")
        #expect(state.currentAnswers["sure"] == true)
        #expect(InteractiveRun.command("s", yesNo: true) == nil)
        #expect(InteractiveRun.command("save", yesNo: true) == .save)
    }

    @Test("a typed number is the option shown with that number, even when values are numbers")
    func numberedOptions() throws {
        let yaml = """
            id: scale
            title: Scale
            facet: care
            summary: Test.
            reviewed: 2026-11-01
            steps:
              safe:
                ask: How safe do you feel?
                options:
                  - label: Safe
                    value: "0"
                    next: done
                  - label: Uneasy
                    value: "1"
                    next: done
                  - label: Afraid
                    value: "2"
                    next: done
                  - label: Not safe
                    value: "3"
                    next: done
              done:
                end: resolved
            """
        let root = try #require(try YAMLLoader().load(Array(yaml.utf8), file: "scale.yaml"))
        let playbook = try #require(PlaybookDecoder.decode(root, source: yaml, contentHash: "h").playbook)
        let engine = Engine(playbooks: [playbook], registry: FacetRegistry([]))
        for interactive in [true, false] {
            let console = BufferConsole(lines: ["3"], interactive: interactive)
            let run = InteractiveRun(engine: engine, console: console, context: ActionContext(workspace: FileManager.default.temporaryDirectory), directory: ResponderDirectory(organisations: [])) { _ in }
            guard case .finished(let state) = run.run(try engine.start("scale", at: Date()).state) else {
                Issue.record("expected the run to finish")
                return
            }
            #expect(state.currentAnswers["safe"] == "2", "typing 3 picks the third option shown, 'Afraid'")
        }
    }
}
