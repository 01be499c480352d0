import Foundation
import Testing

@testable import PlaybookKit

@Suite("The step engine")
struct EngineTests {
    static let clock = Date(timeIntervalSince1970: 1_800_000_000)

    static let main = playbook(
        id: "main",
        """
          what:
            say: Take a breath.
            ask: What is happening?
            options:
              - label: Our site is down
                value: site
                next: url
              - label: Several things
                value: several
                next: which
              - label: An account
                value: account
                next: playbook:account
          which:
            ask: Which areas?
            multiple: true
            options:
              - label: Website
                value: website
              - label: Accounts
                value: accounts
            next: by-area
          by-area:
            route:
              - when: "'accounts' in which"
                next: playbook:account#secure
              - otherwise: url
          url:
            ask: What is the address?
            input: url
            next: since
          since:
            ask: Since when?
            input: date
            next: people
          people:
            ask: How many people are affected?
            input: number
            next: probe
          probe:
            action: infrastructure.probe-site
            with:
              url: "{{ url }}"
            next: route
          route:
            route:
              - when: probe.verdict == 'up' and people >= 10
                next: busy
              - otherwise: first-aid
          busy:
            say: "{{ url }} answers; {{ people }} people are affected."
            next: first-aid
          first-aid:
            checklist:
              - id: call-host
                text: Call the host.
              - id: keep-copy
                text: Keep a copy.
            next: done
          done:
            end: referred
            refer: [ddos_protection]
        """)

    static let account = playbook(
        id: "account",
        """
          start:
            ask: Can you still log in?
            input: yes-no
            next: secure
          secure:
            say: Change the password.
            next: finished
          finished:
            end: resolved
        """)

    let engine = Engine(playbooks: decodePlaybooks([Self.main, Self.account]), registry: LintHarness.registry)

    func run(_ inputs: [StepInput]) throws -> SessionState {
        var state = try engine.start("main", sessionID: "s", at: Self.clock).state
        for input in inputs {
            state = try engine.apply(input, to: state, at: Self.clock).state
        }
        return state
    }

    let toProbe: [StepInput] = [.choose(["site"]), .text("example.org"), .text("2026-11-20"), .text("12")]

    @Test("questions, typed inputs and actions store their answers")
    func answers() throws {
        var state = try run(toProbe)
        #expect(state.position == Position(playbook: "main", step: "probe"))
        #expect(state.currentAnswers["what"] == "site")
        #expect(state.currentAnswers["url"] == "https://example.org")
        #expect(state.currentAnswers["since"] == "2026-11-20")
        #expect(state.currentAnswers["people"] == 12)
        guard case .action(_, let request) = try engine.awaiting(state) else {
            Issue.record("expected an action")
            return
        }
        #expect(request.name == "probe-site")
        #expect(request.parameters["url"] == "https://example.org")
        state = try engine.apply(.actionCompleted(ActionResult(outputs: ["verdict": "up"])), to: state, at: Self.clock).state
        #expect(state.position.step == "busy")
        #expect(try engine.render(engine.currentStep(state).say!, in: state) == "https://example.org answers; 12 people are affected.")
        #expect(state.actions.map(\.action) == ["infrastructure.probe-site"])
    }

    @Test("a malformed answer is refused with a message and the state is unchanged")
    func invalidInput() throws {
        let state = try run([.choose(["site"]), .text("example.org")])
        #expect(throws: EngineError.invalidAnswer(step: "since", message: "'31/12/2026' is not a date; type it as year-month-day, for example 2026-11-27")) {
            try engine.apply(.text("31/12/2026"), to: state, at: Self.clock)
        }
        #expect(throws: EngineError.self) { try engine.apply(.text("2026-02-30"), to: state, at: Self.clock) }
        #expect(throws: EngineError.self) { try engine.apply(.choose(["site"]), to: state, at: Self.clock) }
        let urlState = try run([.choose(["site"])])
        #expect(throws: EngineError.self) { try engine.apply(.text("not a url"), to: urlState, at: Self.clock) }
        #expect(throws: EngineError.self) { try engine.apply(.text("ftp://example.org"), to: urlState, at: Self.clock) }
    }

    @Test("options are picked by value, label or number; unknown ones list the choices")
    func options() throws {
        #expect(try run([.choose(["Our site is down"])]).position.step == "url")
        #expect(try run([.choose(["1"])]).position.step == "url")
        let start = try run([])
        #expect(throws: EngineError.self) { try engine.apply(.choose(["4"]), to: start, at: Self.clock) }
        #expect(throws: EngineError.self) { try engine.apply(.choose(["site", "several"]), to: start, at: Self.clock) }
    }

    @Test("routing follows the first condition that holds, otherwise the fallback")
    func routing() throws {
        let base = try run(toProbe)
        let up = try engine.apply(.actionCompleted(ActionResult(outputs: ["verdict": "up"])), to: base, at: Self.clock).state
        #expect(up.position.step == "busy")
        let down = try engine.apply(.actionCompleted(ActionResult(outputs: ["verdict": "timeout"])), to: base, at: Self.clock).state
        #expect(down.position.step == "first-aid")
    }

    @Test("checklists record each item's state and end with referrals")
    func checklistAndEnd() throws {
        var state = try run(toProbe + [.actionCompleted(ActionResult(outputs: ["verdict": "down"]))])
        #expect(throws: EngineError.self) {
            try engine.apply(.checklist(["call-hots": ChecklistStatus(.done)]), to: state, at: Self.clock)
        }
        state = try engine.apply(
            .checklist(["call-host": ChecklistStatus(.done), "keep-copy": ChecklistStatus(.notApplicable, note: "no screen")]),
            to: state, at: Self.clock
        ).state
        #expect(state.currentAnswers["first-aid"] == ["call-host"])
        #expect(state.checklists["main#first-aid"]?["keep-copy"] == ChecklistStatus(.notApplicable, note: "no screen"))
        #expect(state.outcome?.outcome == .referred)
        #expect(state.outcome?.refer == ["ddos_protection"])
        #expect(throws: EngineError.finished) { try engine.apply(.acknowledge, to: state, at: Self.clock) }
    }

    @Test("multiple choice, routing into another playbook's step, and a yes/no input there")
    func crossPlaybook() throws {
        var state = try run([.choose(["several"]), .choose(["website", "accounts"])])
        #expect(state.position == Position(playbook: "account", step: "secure"))
        #expect(state.stack == ["main", "account"])
        #expect(state.answers["main"]?["which"] == ["website", "accounts"])
        state = try run([.choose(["account"]), .text("no")])
        #expect(state.answers["account"]?["start"] == false)
        #expect(state.position == Position(playbook: "account", step: "secure"))
        #expect(state.pins.keys.sorted() == ["account", "main"])
    }

    @Test("back forgets the last answer and recomputes everything after it")
    func back() throws {
        let full = try run(toProbe + [.actionCompleted(ActionResult(outputs: ["verdict": "up"]))])
        var state = try engine.back(full, at: Self.clock)
        #expect(state.position.step == "people")
        #expect(state.currentAnswers["people"] == nil)
        #expect(state.actions.isEmpty)
        state = try engine.apply(.text("3"), to: state, at: Self.clock).state
        state = try engine.apply(.actionCompleted(ActionResult(outputs: ["verdict": "up"])), to: state, at: Self.clock).state
        #expect(state.position.step == "first-aid", "with 3 people the route no longer goes to 'busy'")
        var crossing = try run([.choose(["account"])])
        #expect(crossing.position.playbook == "account")
        crossing = try engine.back(crossing, at: Self.clock)
        #expect(crossing.position == Position(playbook: "main", step: "what"))
        #expect(crossing.stack == ["main"])
        #expect(throws: EngineError.atStart) { try engine.back(crossing, at: Self.clock) }
    }

    @Test("notes survive going back")
    func notes() throws {
        var state = try run([.choose(["site"])])
        state.notes.append(Note(position: state.position, text: "host is Example Hosting", at: Self.clock))
        state = try engine.back(state, at: Self.clock)
        #expect(state.notes.map(\.text) == ["host is Example Hosting"])
    }

    @Test("why am I here: the answers that led to the step and the playbooks entered, without routing or actions")
    func explanation() throws {
        let state = try run(toProbe + [.actionCompleted(ActionResult(outputs: ["verdict": "up"]))])
        let reasons = engine.explain(state).reasons
        guard case .answered(_, let question, let answer) = reasons.first else { throw Unexpected.reason }
        #expect(question == "What is happening?" && answer == "Our site is down")
        #expect(reasons.contains { if case .answered(_, "How many people are affected?", "12") = $0 { true } else { false } })
        #expect(reasons.allSatisfy { if case .answered = $0 { true } else { false } }, "no condition or action name for a defender")
        let crossing = try run([.choose(["several"]), .choose(["accounts"])])
        #expect(engine.explain(crossing).reasons.contains { if case .entered(_, "Test") = $0 { true } else { false } })
    }

    @Test("why am I here: a check the way depended on is told by what it found, in its own words, never by its name")
    func explanationOfACheck() throws {
        let result = ActionResult(outputs: ["verdict": "up"], messages: ["The website answers from here."])
        let state = try run(toProbe + [.actionCompleted(result)])
        let reasons = engine.explain(state).reasons
        #expect(reasons.contains { if case .found(_, "The website answers from here.") = $0 { true } else { false } })
        #expect(!reasons.contains { "\($0)".contains("infrastructure.probe-site") || "\($0)".contains("verdict") })
        #expect(Engine.condition("probe.verdict == 'up' and people >= 10", reads: "probe"))
        #expect(!Engine.condition("reprobe.verdict == 'up'", reads: "probe"))
        #expect(!Engine.condition("people >= 10", reads: "probe"))
    }

    @Test("progress restarts at step 1 in a new part, and the steps left never grow within a part")
    func progressByPart() throws {
        var state = try engine.start("main", sessionID: "s", at: Self.clock).state
        var lefts = [engine.progress(of: state).stepsLeftAtMost]
        for input: StepInput in [.choose(["site"]), .text("example.org"), .text("2026-11-20"), .text("12")] {
            state = try engine.apply(input, to: state, at: Self.clock).state
            let progress = engine.progress(of: state)
            lefts.append(progress.stepsLeftAtMost)
            #expect(progress.stepsDoneInPart == progress.stepsDone, "still in the first part")
        }
        #expect(lefts == lefts.sorted(by: >), "never grows: \(lefts)")
        let crossing = try run([.choose(["several"]), .choose(["accounts"])])
        let progress = engine.progress(of: crossing)
        #expect(crossing.position == Position(playbook: "account", step: "secure"))
        #expect(progress.stepsDone == 2)
        #expect(progress.stepsDoneInPart == 0, "step 1 of the new part")
    }

    enum Unexpected: Error { case reason }

    @Test("sessions pin content: a changed playbook is detected and migrated, a removed step is named")
    func versionPinning() throws {
        let state = try run([.choose(["site"]), .text("example.org")])
        #expect(engine.checkVersions(of: state) == .unchanged)
        let edited = Self.main.replacingOccurrences(of: "What is the address?", with: "What is the website's address?")
        let newEngine = Engine(playbooks: decodePlaybooks([edited, Self.account]), registry: LintHarness.registry)
        #expect(newEngine.checkVersions(of: state) == .changed(["main"]))
        let migrated = try newEngine.migrate(state)
        #expect(migrated.position.step == "since")
        #expect(migrated.pins["main"] == newEngine.playbooks["main"]?.contentHash)
        let removed = Self.main.replacingOccurrences(of: "next: url", with: "next: since")
            .replacingOccurrences(of: "  url:\n    ask: What is the address?\n    input: url\n    next: since\n", with: "")
            .replacingOccurrences(of: "\"{{ url }}\"", with: "https://example.org")
            .replacingOccurrences(of: "{{ url }} answers", with: "It answers")
        let brokenEngine = Engine(playbooks: decodePlaybooks([removed, Self.account]), registry: LintHarness.registry)
        #expect(brokenEngine.checkVersions(of: state) == .broken(Position(playbook: "main", step: "url")))
        #expect(throws: EngineError.unknownStep(Position(playbook: "main", step: "url"))) { try brokenEngine.migrate(state) }
    }

    @Test("state survives a JSON round trip")
    func codable() throws {
        let state = try run(toProbe + [.actionCompleted(ActionResult(outputs: ["verdict": "up"], messages: ["ok"]))])
        let data = try JSONEncoder().encode(state)
        #expect(try JSONDecoder().decode(SessionState.self, from: data) == state)
    }

    @Test("a routing loop that asks nothing is stopped, not followed forever")
    func loop() throws {
        let looping = playbook(
            id: "loop",
            """
              a:
                route:
                  - when: "1 == 1"
                    next: b
                  - otherwise: stop
              b:
                route:
                  - otherwise: a
              stop:
                end: resolved
            """)
        let engine = Engine(playbooks: decodePlaybooks([looping]), registry: LintHarness.registry)
        #expect(throws: EngineError.loop(Position(playbook: "loop", step: "a"))) { try engine.start("loop", at: Self.clock) }
    }

    @Test("a scripted run whose answers go round a loop stops with a clear failure")
    func scriptedLoop() throws {
        let looping = playbook(
            id: "again",
            """
              ask:
                ask: Another one?
                options:
                  - label: Yes
                    next: ask
                  - label: No
                    next: stop
              stop:
                end: resolved
            """)
        let engine = Engine(playbooks: decodePlaybooks([looping]), registry: LintHarness.registry)
        let script = AnswerScript(entries: [.init(key: "ask", answer: .one("Yes"), location: SourceLocation(file: "a.yaml", line: 1, column: 6))])
        #expect(throws: RunFailure.loop(Position(playbook: "again", step: "ask"), visits: ScriptedInput.maxVisitsPerStep)) {
            try SessionDriver.run("again", script: script, engine: engine, context: ActionContext())
        }
    }
}
