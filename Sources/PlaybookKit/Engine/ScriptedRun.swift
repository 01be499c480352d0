/// Runs a playbook to its end with answers given ahead of time, carrying out actions
/// through the registry: `playbook run --answers`, the trainer demo and playbook tests
/// all drive the engine this way.
public struct ScriptedRun {
    /// The engine.
    public var engine: Engine
    /// What actions may use.
    public var context: ActionContext
    /// Outputs to use instead of running the actions at these steps (playbook tests).
    public var stubs: ActionStubs

    /// How often one step may come back in a scripted run before it counts as a loop.
    public static let maxVisitsPerStep = 100

    /// Creates a run; actions at steps named in `stubs` are not performed.
    public init(engine: Engine, context: ActionContext, stubs: ActionStubs = ActionStubs()) {
        self.engine = engine
        self.context = context
        self.stubs = stubs
    }

    /// How far a run got: the state reached and, when it stopped before an end, why.
    public struct Attempt: Hashable, Sendable {
        /// The state reached; nil only when the playbook could not be started.
        public var state: SessionState?
        /// Why the run stopped before an end; nil when it finished.
        public var failure: Failure?
    }

    /// Something that happened during the run, for a transcript.
    public enum Event: Hashable, Sendable {
        /// A playbook was entered.
        case entered(id: String, title: String)
        /// A step's text was shown.
        case said(step: String, text: String)
        /// A question or input was answered.
        case answered(step: String, question: String, answer: String)
        /// A checklist was reported; items with their states.
        case checklist(step: String, items: [ChecklistLine])
        /// An action ran.
        case action(step: String, action: String, messages: [String])
        /// The run ended.
        case finished(Outcome, text: String?)

        /// A plain-text form, for comparisons and logs.
        public var description: String {
            switch self {
            case .entered(let id, let title): return "entered \(id): \(title)"
            case .said(let step, let text): return "\(step) said: \(text)"
            case .answered(let step, let question, let answer): return "\(step) asked: \(question) answer: \(answer)"
            case .checklist(let step, let items):
                return "\(step) checklist: " + items.map { "\($0.text)=\($0.state?.rawValue ?? "open")" }.joined(separator: "; ")
            case .action(let step, let action, let messages): return "\(step) ran \(action): \(messages.joined(separator: " | "))"
            case .finished(let outcome, let text): return "finished \(outcome.outcome.rawValue) at \(outcome.position)\(text.map { ": \($0)" } ?? "")"
            }
        }
    }

    /// A checklist item as reported.
    public struct ChecklistLine: Hashable, Sendable {
        /// The item's text.
        public var text: String
        /// Its state; nil when left open.
        public var state: ChecklistStatus.State?
    }

    /// Why a scripted run stopped before an end.
    public enum Failure: Error, Hashable, Sendable {
        /// No answer was given for a step that needs one.
        case missingAnswer(step: Position, expected: String)
        /// An answer did not fit; located in the answers file.
        case invalidAnswer(at: SourceLocation, message: String)
        /// An action failed.
        case action(step: Position, message: String)
        /// The engine refused to go on.
        case engine(EngineError)
        /// The same step came back too often: given answers never change, so a loop in
        /// the playbook would otherwise go round forever.
        case loop(Position)

        /// A message for the person.
        public var message: String {
            switch self {
            case .missingAnswer(let step, let expected): return "no answer for step '\(step.step)' (playbook '\(step.playbook)'); it expects \(expected)"
            case .invalidAnswer(let location, let message): return "\(location): \(message)"
            case .action(let step, let message): return "the action at step '\(step.step)' failed: \(message)"
            case .engine(let error): return error.message
            case .loop(let step): return "the answers lead round a loop: step '\(step.step)' (playbook '\(step.playbook)') came back \(ScriptedRun.maxVisitsPerStep) times; scripted answers never change, so give answers that leave the loop"
            }
        }
    }

    /// Runs `playbookID` from its start with `script`; `events` receives each event as it happens.
    public func run(_ playbookID: String, script: AnswerScript, events: (Event) -> Void = { _ in }) throws(Failure) -> SessionState {
        let attempt = attempt(playbookID, script: script, events: events)
        if let failure = attempt.failure { throw failure }
        return attempt.state!
    }

    /// Runs like `run`, but keeps the state reached when the run stops early, so that a
    /// playbook test can show how far it got.
    public func attempt(_ playbookID: String, script: AnswerScript, events: (Event) -> Void = { _ in }) -> Attempt {
        var visits: [Position: Int] = [:]
        var state: SessionState
        do {
            let transition = try engine.start(playbookID, at: context.clock.now())
            state = transition.state
            report(transition.effects, state: state, events: events)
        } catch {
            return Attempt(state: nil, failure: .engine(error))
        }
        while true {
            let awaiting: Awaiting
            do { awaiting = try engine.awaiting(state) } catch { return Attempt(state: state, failure: .engine(error)) }
            if case .finished = awaiting { return Attempt(state: state, failure: nil) }
            visits[state.position, default: 0] += 1
            if visits[state.position]! > Self.maxVisitsPerStep { return Attempt(state: state, failure: .loop(state.position)) }
            let input: StepInput
            do { input = try self.input(for: awaiting, state: state, script: script, events: events) } catch {
                return Attempt(state: state, failure: error)
            }
            do {
                let transition = try engine.apply(input, to: state, at: context.clock.now())
                state = transition.state
                report(transition.effects, state: state, events: events)
            } catch {
                if case .invalidAnswer(_, let message) = error, let entry = script.entry(for: state.position) {
                    return Attempt(state: state, failure: .invalidAnswer(at: entry.location, message: message))
                }
                return Attempt(state: state, failure: .engine(error))
            }
        }
    }

    private func input(for awaiting: Awaiting, state: SessionState, script: AnswerScript, events: (Event) -> Void) throws(Failure) -> StepInput {
        let position = state.position
        let entry = script.entry(for: position)
        func show(_ step: Step) {
            if let say = step.say { events(.said(step: step.id, text: engine.render(say, in: state))) }
        }
        switch awaiting {
        case .question(let step, let question):
            show(step)
            guard let entry else {
                throw .missingAnswer(step: position, expected: question.multiple ? "a list of options" : "one option: " + question.options.map(\.value).joined(separator: ", "))
            }
            let values: [String]
            switch entry.answer {
            case .one(let value): values = [value]
            case .many(let list): values = list
            }
            let labels = (try? AnswerParser.options(values, for: question, step: step.id))?.map(\.label).joined(separator: ", ") ?? values.joined(separator: ", ")
            events(.answered(step: step.id, question: engine.render(question.ask, in: state), answer: labels))
            return .choose(values)
        case .input(let step, let input):
            show(step)
            guard let entry, case .one(let text) = entry.answer else {
                throw .missingAnswer(step: position, expected: input.type.rawValue)
            }
            events(.answered(step: step.id, question: engine.render(input.ask, in: state), answer: text))
            return .text(text)
        case .information(let step):
            show(step)
            return .acknowledge
        case .checklist(let step, let checklist):
            show(step)
            var done: [String] = []
            if let entry {
                switch entry.answer {
                case .one(let id): done = [id]
                case .many(let ids): done = ids
                }
            }
            let statuses = Dictionary(done.map { ($0, ChecklistStatus(.done)) }, uniquingKeysWith: { first, _ in first })
            events(.checklist(step: step.id, items: checklist.items.map { ChecklistLine(text: $0.text, state: statuses[$0.id]?.state) }))
            return .checklist(statuses)
        case .action(let step, let request):
            show(step)
            guard case .action(let call) = step.kind else {
                throw .action(step: position, message: "no facet offers this action")
            }
            if let stub = stubs.stub(for: position) {
                events(.action(step: step.id, action: call.action, messages: []))
                return .actionCompleted(ActionResult(outputs: stub.outputs))
            }
            guard let facet = engine.registry.action(call.action)?.facet else {
                throw .action(step: position, message: "no facet offers this action")
            }
            do {
                let result = try facet.perform(request, context: context)
                events(.action(step: step.id, action: call.action, messages: result.messages))
                return .actionCompleted(result)
            } catch {
                throw .action(step: position, message: error.message)
            }
        case .finished:
            throw .engine(.finished)
        }
    }

    private func report(_ effects: [Effect], state: SessionState, events: (Event) -> Void) {
        for effect in effects {
            switch effect {
            case .enteredPlaybook(let id):
                events(.entered(id: id, title: engine.playbooks[id]?.title ?? id))
            case .finished(let outcome):
                let step = engine.playbooks[outcome.position.playbook]?.step(outcome.position.step)
                events(.finished(outcome, text: step?.say.map { engine.render($0, in: state) }))
            case .actionNeeded:
                continue
            }
        }
    }
}
