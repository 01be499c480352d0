import Foundation
import Testing

@testable import PlaybookKit

/// A facet whose action needs a date and a file, keeps a file for the session, and asks
/// to contact an address built from an answer.
struct KeepingFacet: Facet {
    let id = "attribution"
    let title = "Keeping (test)"
    let actions = [
        ActionDescriptor(
            name: "keep", summary: "Keeps a line per call.",
            parameters: [
                ParameterDescriptor("when", .date, "A day."),
                ParameterDescriptor("path", .file, "A file."),
            ],
            outputs: [OutputDescriptor("lines", .number, "Lines kept."), OutputDescriptor("allowed", .bool, "Consent.")])
    ]

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        let when = try request.string("when")
        let allowed = context.askConsent(ConsentRequest(address: "https://status.example/check?day=\(when)", host: "status.example", purpose: "check"))
        let before = try context.workspace.read("kept.txt").map { String(decoding: $0, as: UTF8.self) } ?? ""
        let after = before + when + "\n"
        try context.workspace.write("kept.txt", Data(after.utf8))
        return ActionResult(outputs: ["lines": .number(Double(after.split(separator: "\n").count)), "allowed": .bool(allowed)])
    }
}

@Suite("The session driver")
struct SessionDriverTests {
    static let text = playbook(
        id: "keep", facet: "attribution",
        """
          day:
            ask: Which day?
            input: text
            next: file
          file:
            ask: Which file?
            input: text
            next: keep
          keep:
            action: attribution.keep
            with:
              when: "{{ day }}"
              path: "{{ file }}"
            next: again
          again:
            ask: Again?
            options:
              - label: Yes
                value: yes
                next: keep
              - label: No
                value: no
                next: done
          done:
            end: resolved
        """)

    final class Saves: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [SessionState] = []
        func save(_ state: SessionState) throws(RunFailure) { lock.withLock { stored.append(state) } }
        var states: [SessionState] { lock.withLock { stored } }
    }

    let engine = Engine(playbooks: decodePlaybooks([SessionDriverTests.text]), registry: FacetRegistry([KeepingFacet()]))

    func start(network: NetworkPolicy = .ask, saves: Saves = Saves()) throws -> SessionDriver {
        try SessionDriver.start("keep", language: "es", engine: engine, context: ActionContext(clock: FixedClock(start: EngineTests.clock)), network: network, save: saves.save)
    }

    func evidenceFile() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-\(UUID().uuidString).txt")
        try Data("evidence".utf8).write(to: url)
        return url.path
    }

    @Test("typed text that an action needs as a date or a file is checked at the step where it is typed")
    func expectedForms() throws {
        var driver = try start()
        guard case .input(_, let expects) = try driver.prompt().kind else { throw Unexpected.prompt }
        #expect(expects == .date)
        #expect(throws: SessionDriver.ReplyError.refused("'last tuesday' is not a date; type it as year-month-day, for example 2026-11-27")) {
            try driver.handle(.typed("last tuesday"))
        }
        #expect(driver.state.position.step == "day", "refused at the step itself, not two steps later")
        try driver.handle(.typed("2026-11-20"))
        guard case .input(_, let fileForm) = try driver.prompt().kind else { throw Unexpected.prompt }
        #expect(fileForm == .file)
        #expect(throws: SessionDriver.ReplyError.self) { try driver.handle(.typed("/nowhere/at/all.png")) }
        try driver.handle(.typed(try evidenceFile()))
        #expect(driver.state.position.step == "keep")
    }

    @Test("consent is asked as a prompt naming the full address, before anything is sent, and the answer holds for the run")
    func consentPrompt() throws {
        var driver = try start()
        _ = try driver.prompt()
        try driver.handle(.typed("2026-11-20"))
        _ = try driver.prompt()
        try driver.handle(.typed(try evidenceFile()))
        guard case .consent(let request) = try driver.prompt().kind else { throw Unexpected.prompt }
        #expect(request.address == "https://status.example/check?day=2026-11-20")
        #expect(driver.state.files.isEmpty, "the action's attempt before consent left nothing behind")
        try driver.handle(.typed("1"))
        guard case .question = try driver.prompt().kind else { throw Unexpected.prompt }
        #expect(driver.state.currentAnswers["keep"] == ["lines": 1, "allowed": true])
        try driver.handle(.typed("1"))
        guard case .question = try driver.prompt().kind else { throw Unexpected.prompt }
        #expect(driver.state.currentAnswers["keep"] == ["lines": 2, "allowed": true], "the same address is not asked about twice")
    }

    @Test("files actions keep live in the session, survive going back, and the session keeps its language; every change is saved")
    func filesAndLanguage() throws {
        let saves = Saves()
        var driver = try start(network: .decline, saves: saves)
        _ = try driver.prompt()
        try driver.handle(.typed("2026-11-20"))
        _ = try driver.prompt()
        try driver.handle(.typed(try evidenceFile()))
        _ = try driver.prompt()
        #expect(driver.state.files["kept.txt"] == Data("2026-11-20\n".utf8))
        try driver.handle(.back)
        #expect(driver.state.position.step == "file")
        #expect(driver.state.files["kept.txt"] == Data("2026-11-20\n".utf8), "an evidence log only grows")
        #expect(try driver.prompt().previous != nil, "the earlier answer is offered")
        try driver.handle(.keep)
        _ = try driver.prompt()
        #expect(driver.state.files["kept.txt"] == Data("2026-11-20\n2026-11-20\n".utf8))
        #expect(driver.state.language == "es")
        #expect(saves.states.last == driver.state)
        #expect(saves.states.count >= 6)
    }

    @Test("an answers file's unfit answer ends the run at its own line and column")
    func scriptedRefusal() throws {
        let script = AnswerScript(entries: [.init(key: "day", answer: .one("soon"), location: SourceLocation(file: "a.yaml", line: 3, column: 6))])
        #expect(throws: RunFailure.invalidAnswer(at: SourceLocation(file: "a.yaml", line: 3, column: 6), message: "'soon' is not a date; type it as year-month-day, for example 2026-11-27")) {
            try SessionDriver.run("keep", script: script, engine: engine, context: ActionContext())
        }
    }

    @Test("an earlier yes/no answer is offered in the run's words")
    func earlierYesNo() throws {
        var engine = Engine(
            playbooks: decodePlaybooks([playbook("""
                  safe:
                    ask: Are you safe?
                    input: yes-no
                    next: done
                  done:
                    end: resolved
                """)]), registry: FacetRegistry([]))
        engine.answerText = AnswerText(translated: ["answer.yes": "sí", "answer.no": "no"])
        let events = Events()
        var driver = try SessionDriver.start("p", engine: engine, context: ActionContext(), onEvent: events.record)
        _ = try driver.prompt()
        try driver.handle(.typed("1"))
        #expect(events.answers == ["sí"])
        guard case .finished = try driver.prompt().kind else { throw Unexpected.prompt }
        try driver.handle(.back)
        #expect(try driver.prompt().previous == "sí")
    }

    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [String] = []
        @Sendable func record(_ event: DriverEvent) {
            if case .answered(_, _, let answer) = event { lock.withLock { stored.append(answer) } }
        }
        var answers: [String] { lock.withLock { stored } }
    }

    enum Unexpected: Error { case prompt }
}
