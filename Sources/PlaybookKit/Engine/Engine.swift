import Foundation

/// Runs playbooks as a pure state machine: a state and an input give a new state and
/// the effects a driver should carry out (run an action, show that a playbook was
/// entered, show the outcome). It never performs I/O: the command-line tool, the
/// trainer demo and the tests drive it.
public struct Engine: Sendable {
    /// Playbooks by id.
    public let playbooks: [String: Playbook]
    /// The facets, for action parameter checks.
    public let registry: FacetRegistry
    /// The words answers are refused with; English unless the driver chose otherwise.
    public var answerText = AnswerText.english
    /// Most automatic moves (routes, jumps) in a row before the engine calls it a loop.
    public static let maxAutomaticMoves = 1_000

    /// Creates an engine over `playbooks`.
    public init(playbooks: [Playbook], registry: FacetRegistry) {
        self.playbooks = Dictionary(playbooks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.registry = registry
    }

    /// A new session at the start of playbook `id`.
    public func start(_ id: String, sessionID: String = UUID().uuidString, at date: Date) throws(EngineError) -> Transition {
        guard let playbook = playbooks[id] else { throw .unknownPlaybook(id) }
        var state = SessionState(id: sessionID, entry: id, position: Position(playbook: id, step: playbook.start), at: date)
        var effects: [Effect] = []
        enter(playbook, at: playbook.start, state: &state, effects: &effects)
        try settle(state: &state, effects: &effects)
        return Transition(state: state, effects: effects)
    }

    /// Applies `input` to the current step and moves on. Throws, leaving `state` as it
    /// was, when the input does not fit.
    ///
    /// Keeping the old state intact costs a copy of the session's log and path, so a move
    /// takes time in proportion to the session's length; `replay` moves in place instead.
    public func apply(_ input: StepInput, to state: SessionState, at date: Date) throws(EngineError) -> Transition {
        var next = state
        var effects: [Effect] = []
        try advance(input, state: &next, at: date, effects: &effects)
        return Transition(state: next, effects: effects)
    }

    /// Applies `input` to `state` in place and logs it; when it throws, `state` is left
    /// half-moved and must be discarded.
    private func advance(_ input: StepInput, state: inout SessionState, at date: Date, effects: inout [Effect]) throws(EngineError) {
        let position = state.position
        try apply(input, state: &state, effects: &effects)
        state.log.append(LoggedInput(position: position, input: input, at: date))
        state.updatedAt = date
    }

    /// Goes back to the step the person last answered, forgetting that answer and
    /// everything computed after it; notes are kept.
    public func back(_ state: SessionState, at date: Date) throws(EngineError) -> SessionState {
        guard let index = state.log.lastIndex(where: \.input.isPersonInput) else { throw .atStart }
        var log = state.log
        log.removeSubrange(index...)
        var replayed = try replay(state, log: log)
        replayed.updatedAt = date
        return replayed
    }

    /// Rebuilds `state` from its entry and `log` (default: its own log) against the
    /// current playbooks; used by `back` and when resuming after a playbook changed.
    /// It moves one state in place (an error discards it whole), so its time grows
    /// linearly with the length of the log.
    public func replay(_ state: SessionState, log: [LoggedInput]? = nil) throws(EngineError) -> SessionState {
        var replayed = try start(state.entry, sessionID: state.id, at: state.startedAt).state
        var effects: [Effect] = []
        for logged in log ?? state.log {
            guard logged.position == replayed.position else { throw .unknownStep(logged.position) }
            try advance(logged.input, state: &replayed, at: logged.at, effects: &effects)
            effects.removeAll(keepingCapacity: true)
        }
        replayed.notes = state.notes
        replayed.files = state.files
        replayed.language = state.language
        replayed.presetProfile = state.presetProfile
        // A checklist being filled in (or returned to) keeps the items already marked.
        let current = replayed.position.description
        if replayed.outcome == nil, replayed.checklists[current] == nil, let marked = state.checklists[current] {
            replayed.checklists[current] = marked
        }
        replayed.updatedAt = state.updatedAt
        return replayed
    }

    /// Records the items marked so far at the current checklist step, without leaving it,
    /// so that a saved session keeps a half-done checklist and resumes at its next open item.
    public func mark(_ statuses: [String: ChecklistStatus], in state: SessionState, at date: Date) throws(EngineError) -> SessionState {
        let step = try currentStep(state)
        guard state.outcome == nil, case .checklist(let checklist) = step.kind else {
            throw .invalidAnswer(step: step.id, message: "step '\(step.id)' is a \(step.kind.name) step, not a checklist")
        }
        try checkItems(statuses, of: checklist, step: step)
        var next = state
        next.checklists[state.position.description] = statuses
        next.updatedAt = date
        return next
    }

    private func checkItems(_ statuses: [String: ChecklistStatus], of checklist: StepKind.Checklist, step: Step) throws(EngineError) {
        let known = Set(checklist.items.map(\.id))
        if let unknown = statuses.keys.sorted().first(where: { !known.contains($0) }) {
            let items = checklist.items.map(\.id).joined(separator: ", ")
            throw .invalidAnswer(step: step.id, message: answerText("answer.not-checklist-item", unknown, items))
        }
    }

    /// What the current step needs from the driver.
    public func awaiting(_ state: SessionState) throws(EngineError) -> Awaiting {
        if let outcome = state.outcome { return .finished(outcome) }
        let step = try currentStep(state)
        switch step.kind {
        case .question(let question): return .question(step, question)
        case .input(let input): return .input(step, input)
        case .information: return .information(step)
        case .checklist(let checklist): return .checklist(step, checklist)
        case .action(let call): return .action(step, try request(for: call, step: step, state: state))
        case .routing, .end: throw .unknownStep(state.position)
        }
    }

    /// The current step.
    public func currentStep(_ state: SessionState) throws(EngineError) -> Step {
        guard let playbook = playbooks[state.position.playbook] else { throw .unknownPlaybook(state.position.playbook) }
        guard let step = playbook.step(state.position.step) else { throw .unknownStep(state.position) }
        return step
    }

    /// Renders a step's text (`say`, `ask`) with the session's answers.
    public func render(_ text: TextTemplate, in state: SessionState) -> String {
        let value = try? text.template.render(lookup(in: state))
        return value?.displayText ?? text.source
    }

    /// The answer a step id names in the current playbook. Deeper paths (`probe.verdict`)
    /// are followed through the answer's record fields by the expression evaluator.
    func lookup(in state: SessionState) -> ([String]) -> Value? {
        let answers = state.currentAnswers
        return { path in path.count == 1 ? answers[path[0]] : nil }
    }

    // MARK: - Moving

    private func apply(_ input: StepInput, state: inout SessionState, effects: inout [Effect]) throws(EngineError) {
        guard state.outcome == nil else { throw .finished }
        let step = try currentStep(state)
        let playbookID = state.position.playbook
        let target: StepTarget
        let reason: PathEntry.Reason
        switch (step.kind, input) {
        case (.question(let question), .choose(let values)):
            let options = try AnswerParser.options(values, for: question, step: step.id, words: answerText)
            if question.multiple {
                state.answers[playbookID, default: [:]][step.id] = .list(options.map { .string($0.value) })
                target = question.next!
            } else {
                state.answers[playbookID, default: [:]][step.id] = .string(options[0].value)
                target = options[0].next!
            }
            reason = .answered(options.map(\.label).joined(separator: ", "))
        case (.input(let inputStep), .text(let text)):
            let value = try AnswerParser.value(text, as: inputStep.type, step: step.id, words: answerText)
            state.answers[playbookID, default: [:]][step.id] = value
            target = inputStep.next
            reason = .answered(value.displayText)
        case (.information(let next), .acknowledge):
            target = next
            reason = .acknowledged
        case (.checklist(let checklist), .checklist(let statuses)):
            try checkItems(statuses, of: checklist, step: step)
            state.checklists[state.position.description] = statuses
            let done = checklist.items.filter { statuses[$0.id]?.state == .done }.map { Value.string($0.id) }
            state.answers[playbookID, default: [:]][step.id] = .list(done)
            target = checklist.next
            reason = .answered("\(done.count) of \(checklist.items.count) done")
        case (.action(let call), .actionCompleted(let result)):
            let request = try request(for: call, step: step, state: state)
            state.answers[playbookID, default: [:]][step.id] = .record(result.outputs)
            state.actions.append(ActionRecord(step: step.id, action: call.action, parameters: request.parameters, result: result))
            target = call.next
            reason = .actionRan(call.action)
        default:
            throw .invalidAnswer(step: step.id, message: "step '\(step.id)' is a \(step.kind.name) step and cannot take this kind of answer")
        }
        state.path.append(PathEntry(position: state.position, reason: reason))
        try move(to: target, state: &state, effects: &effects)
    }

    /// Moves to `target`, then follows routing and jumps after it until a step needs the
    /// person or an action, or the session ends.
    private func move(to target: StepTarget, state: inout SessionState, effects: inout [Effect]) throws(EngineError) {
        try go(to: target, state: &state, effects: &effects)
        try settle(state: &state, effects: &effects)
    }

    /// Sets the position to `target`, entering another playbook when it names one.
    private func go(to target: StepTarget, state: inout SessionState, effects: inout [Effect]) throws(EngineError) {
        guard let other = target.playbook else {
            state.position.step = target.step!
            return
        }
        guard let playbook = playbooks[other] else { throw .unknownPlaybook(other) }
        enter(playbook, at: target.step ?? playbook.start, state: &state, effects: &effects)
    }

    private func enter(_ playbook: Playbook, at step: String, state: inout SessionState, effects: inout [Effect]) {
        state.stack.append(playbook.id)
        if state.pins[playbook.id] == nil { state.pins[playbook.id] = playbook.contentHash }
        state.position = Position(playbook: playbook.id, step: step)
        effects.append(.enteredPlaybook(playbook.id))
    }

    private func settle(state: inout SessionState, effects: inout [Effect]) throws(EngineError) {
        for _ in 0..<Self.maxAutomaticMoves {
            let step = try currentStep(state)
            switch step.kind {
            case .routing(let routing):
                var chosen: Route?
                for route in routing.routes {
                    do {
                        if try route.condition.evaluateCondition(lookup(in: state)) {
                            chosen = route
                            break
                        }
                    } catch {
                        throw .expression(step: step.id, message: "the condition '\(route.source)' failed: \(error.message)")
                    }
                }
                state.path.append(PathEntry(position: state.position, reason: .routed(condition: chosen?.source)))
                try go(to: chosen?.next ?? routing.otherwise, state: &state, effects: &effects)
            case .end(let end):
                let outcome = Outcome(position: state.position, outcome: end.outcome, refer: end.refer)
                state.outcome = outcome
                state.path.append(PathEntry(position: state.position, reason: .current))
                effects.append(.finished(outcome))
                return
            case .action:
                effects.append(.actionNeeded(state.position))
                return
            case .question, .input, .information, .checklist:
                return
            }
        }
        throw .loop(state.position)
    }

    /// The action request for an action step, its parameters resolved and checked.
    private func request(for call: StepKind.ActionCall, step: Step, state: SessionState) throws(EngineError) -> ActionRequest {
        let name = String(call.action.drop { $0 != "." }.dropFirst())
        let descriptor = registry.action(call.action)?.action
        var parameters: [String: Value] = [:]
        let lookup = lookup(in: state)
        for argument in call.arguments {
            let raw: Value
            do {
                raw = try ArgumentResolver.resolve(argument.content, lookup)
            } catch {
                throw .actionParameters(step: step.id, message: "the parameter '\(argument.name)' failed: \(error.message)")
            }
            let declared = descriptor?.parameter(named: argument.name)?.type ?? .any
            guard let value = ArgumentResolver.coerce(raw, to: declared) else {
                throw .actionParameters(step: step.id, message: "the parameter '\(argument.name)' must be \(declared.description), but it is '\(raw.displayText)'")
            }
            parameters[argument.name] = value
        }
        for parameter in descriptor?.parameters ?? [] where parameter.required && (parameters[parameter.name] ?? .null) == .null {
            throw .actionParameters(step: step.id, message: "the action '\(call.action)' needs '\(parameter.name)', which has no value here")
        }
        return ActionRequest(name: name, parameters: parameters)
    }
}

extension StepInput {
    /// Whether the person gave it (as opposed to an action's result).
    var isPersonInput: Bool {
        if case .actionCompleted = self { return false }
        return true
    }
}
