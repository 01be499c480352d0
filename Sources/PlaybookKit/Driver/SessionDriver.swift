import Foundation

/// The one thing every front end (the terminal, an answers file, the trainer demo,
/// `playbook test`, a browser) runs a session through: between two replies it runs the
/// actions the engine asks for (with their stubs, the file-access policy and network
/// consent), maps what the person typed to an answer, keeps half-done checklists, notes
/// and the files actions write, and saves the session after every change.
///
/// It is step-wise, so that a front end that answers one request at a time can hold it:
/// `prompt()` says what the session waits for, `handle(_:)` gives the reply. A front end
/// that reads replies in a loop uses `run(_:)` (`SessionInput`).
public struct SessionDriver {
    /// The engine over the playbooks.
    public let engine: Engine
    /// The session, as last saved.
    public private(set) var state: SessionState
    /// How requests to contact the network are answered.
    public var network: NetworkPolicy
    /// Outputs used instead of running the actions at these steps (playbook tests).
    public var stubs: ActionStubs
    /// Files actions may read without the person typing them (a scenario's shipped files).
    public var files: FileAccess
    /// Whether paths the person typed as answers may be read by actions.
    public var readsTypedFiles: Bool

    /// What actions get besides their parameters: clock, directory, library, language.
    /// Its files, consent and emit are the driver's own: the session's files, the
    /// network policy, and `onEvent`.
    let context: ActionContext
    let save: (SessionState) throws(RunFailure) -> Void
    let onEvent: @Sendable (DriverEvent) -> Void

    /// Consent given or refused in this run, by full address.
    private var consents: [String: Bool] = [:]
    /// A consent request waiting for the person.
    private var pendingConsent: ConsentRequest?
    /// Why the current action failed, until the person retries or goes back.
    private var actionFailure: ActionError?
    /// The answer given at the current step before the person went back to it.
    private var earlier: StepInput?
    /// The checklist item asked, when it is not the first open one (after going back).
    private var checklistItem: Int?
    /// Whether the current step was shown (`.arrived`) since the session last moved.
    private var announced = false
    /// The prompt `handle` answers.
    private var current: Prompt?

    /// A driver continuing `state`. `save` is called after every change and must write
    /// atomically; `onEvent` receives what happens, in order, and may be called from the
    /// thread an action emits on.
    public init(
        engine: Engine, state: SessionState, context: ActionContext, network: NetworkPolicy = .ask,
        stubs: ActionStubs = ActionStubs(), files: FileAccess = FileAccess(), readsTypedFiles: Bool = true,
        save: @escaping (SessionState) throws(RunFailure) -> Void = { _ in },
        onEvent: @escaping @Sendable (DriverEvent) -> Void = { _ in }
    ) {
        self.engine = engine
        self.state = state
        self.context = context
        self.network = network
        self.stubs = stubs
        self.files = files
        self.readsTypedFiles = readsTypedFiles
        self.save = save
        self.onEvent = onEvent
    }

    /// A driver at the start of playbook `id`, already saved once. `language` is kept with
    /// the session, so resuming it and its reports speak it again; `sessionFiles` are
    /// files the session starts with (a scenario's acts share their logs); `profile` is
    /// what is known about the person beforehand (a training case's region).
    public static func start(
        _ id: String, sessionID: String = UUID().uuidString.lowercased(), language: String? = nil,
        sessionFiles: [String: Data] = [:], profile: ReferralProfile = ReferralProfile(), engine: Engine,
        context: ActionContext, network: NetworkPolicy = .ask, stubs: ActionStubs = ActionStubs(),
        files: FileAccess = FileAccess(), readsTypedFiles: Bool = true,
        save: @escaping (SessionState) throws(RunFailure) -> Void = { _ in },
        onEvent: @escaping @Sendable (DriverEvent) -> Void = { _ in }
    ) throws(RunFailure) -> SessionDriver {
        let transition: Transition
        do {
            transition = try engine.start(id, sessionID: sessionID, at: context.clock.now())
        } catch {
            throw .engine(error)
        }
        var state = transition.state
        state.language = language
        state.files = sessionFiles
        state.presetProfile = profile
        let driver = SessionDriver(
            engine: engine, state: state, context: context, network: network, stubs: stubs, files: files,
            readsTypedFiles: readsTypedFiles, save: save, onEvent: onEvent)
        driver.report(transition.effects)
        try driver.persist()
        return driver
    }

    // MARK: - What the session waits for

    /// What the session waits for now. Actions the engine asks for run first (each result
    /// saved), until a step needs the person, an action needs consent or failed, or the
    /// session ended.
    public mutating func prompt() throws(RunFailure) -> Prompt {
        for _ in 0..<Engine.maxAutomaticMoves {
            let awaiting: Awaiting
            do {
                awaiting = try engine.awaiting(state)
            } catch {
                return remember(Prompt(kind: .broken(message: error.message), state: state))
            }
            switch awaiting {
            case .finished(let outcome):
                return remember(Prompt(kind: .finished(outcome), state: state))
            case .question(let step, let question):
                announce(step)
                return remember(prompt(.question(question), step: step, ask: question.ask))
            case .input(let step, let input):
                announce(step)
                let expects = input.type == .text ? engine.expectedForm(of: state.position) : nil
                return remember(prompt(.input(input, expects: expects), step: step, ask: input.ask))
            case .information(let step):
                announce(step)
                return remember(prompt(.information, step: step, ask: nil))
            case .checklist(let step, let checklist):
                announce(step)
                let statuses = state.currentChecklist
                let item = checklistItem ?? checklist.items.firstIndex { statuses[$0.id] == nil } ?? 0
                return remember(prompt(.checklist(checklist, item: item, statuses: statuses), step: step, ask: nil))
            case .action(let step, let request):
                announce(step)
                if let pendingConsent { return remember(prompt(.consent(pendingConsent), step: step, ask: nil)) }
                if let actionFailure { return remember(prompt(.actionFailed(actionFailure), step: step, ask: nil)) }
                switch perform(step, request) {
                case .done(let result, let action):
                    do throws(ReplyError) {
                        try apply(.actionCompleted(result), event: .action(step: step.id, action: action, messages: result.messages))
                    } catch {
                        throw error.failure(at: state.position)
                    }
                case .needsConsent(let request):
                    pendingConsent = request
                    return remember(prompt(.consent(request), step: step, ask: nil))
                case .failed(let error):
                    actionFailure = error
                    return remember(prompt(.actionFailed(error), step: step, ask: nil))
                }
            }
        }
        throw .engine(.loop(state.position))
    }

    private func prompt(_ kind: Prompt.Kind, step: Step, ask: TextTemplate?) -> Prompt {
        Prompt(kind: kind, state: state, step: step, ask: ask.map { engine.render($0, in: state) }, previous: earlier.map(describe))
    }

    private mutating func remember(_ prompt: Prompt) -> Prompt {
        current = prompt
        return prompt
    }

    private mutating func announce(_ step: Step) {
        guard !announced else { return }
        announced = true
        onEvent(.arrived(state.position, step: step, say: step.say.map { engine.render($0, in: state) }, progress: engine.progress(of: state)))
    }

    /// An earlier answer in words: options by their labels, yes/no in the run's words.
    private func describe(_ input: StepInput) -> String {
        let kind = (try? engine.currentStep(state))?.kind
        switch (input, kind) {
        case (.choose(let values), .question(let question)?):
            return values.map { value in question.options.first { $0.value == value }?.label ?? value }.joined(separator: ", ")
        case (.text(let typed), .input(let step)?): return shown(typed, as: step.type)
        case (.choose(let values), _): return values.joined(separator: ", ")
        case (.text(let typed), _): return typed
        case (.acknowledge, _), (.checklist, _), (.actionCompleted, _): return ""
        }
    }

    // MARK: - Replies

    /// Why a reply was not taken.
    public enum ReplyError: Error, Hashable, Sendable {
        /// It does not fit the prompt; the message (in the run's language) says what would.
        /// The session is unchanged: ask again.
        case refused(String)
        /// Back at the first step: there is nothing to go back to.
        case atStart
        /// The session cannot go on.
        case failed(RunFailure)

        func failure(at position: Position) -> RunFailure {
            switch self {
            case .refused(let message): return .refused(step: position, message: message)
            case .atStart: return .engine(.atStart)
            case .failed(let failure): return failure
            }
        }
    }

    /// Gives `reply` to the last prompt; the session is saved before this returns.
    public mutating func handle(_ reply: Reply) throws(ReplyError) {
        guard let prompt = current else { throw .refused(text("answer.nothing-asked")) }
        switch reply {
        case .back:
            try goBack(from: prompt)
            return
        case .note(let note):
            try add(note, at: prompt)
            return
        default:
            break
        }
        switch prompt.kind {
        case .question(let question):
            let values: [String]
            let numbered: Bool
            switch reply {
            case .typed(let typed):
                values = question.multiple ? typed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : [typed]
                numbered = true
            case .options(let given):
                values = given
                numbered = false
            case .keep:
                guard case .choose(let chosen) = earlier else { throw .refused(text("answer.nothing-to-keep")) }
                values = chosen
                numbered = false
            default:
                throw .refused(text("answer.one-option"))
            }
            let options: [QuestionOption]
            do {
                options = try AnswerParser.options(values, for: question, step: prompt.step?.id ?? "", numbered: numbered, words: engine.answerText)
            } catch {
                throw .refused(error.message)
            }
            try apply(.choose(options.map(\.value)), event: .answered(step: prompt.position.step, question: prompt.ask ?? "", answer: options.map(\.label).joined(separator: ", ")))
        case .input(let input, let expects):
            let typed: String
            switch reply {
            case .typed(let text): typed = text
            case .options(let given) where given.count == 1: typed = given[0]
            case .keep:
                guard case .text(let text) = earlier else { throw .refused(text("answer.nothing-to-keep")) }
                typed = text
            default: throw .refused(text("answer.empty"))
            }
            try check(typed, as: expects, input: input, step: prompt.position.step)
            try apply(.text(typed), event: .answered(step: prompt.position.step, question: prompt.ask ?? "", answer: shown(typed, as: input.type)))
        case .information:
            try apply(.acknowledge, event: nil)
        case .checklist(let checklist, let item, let statuses):
            try answerChecklist(reply, checklist: checklist, item: item, statuses: statuses, step: prompt.position.step)
        case .consent(let request):
            switch reply {
            case .consent(let allowed): consents[request.address] = allowed
            case .typed(let typed) where ["1", "2"].contains(typed.trimmingCharacters(in: .whitespaces)):
                consents[request.address] = typed.trimmingCharacters(in: .whitespaces) == "1"
            default: throw .refused(text("answer.consent"))
            }
            pendingConsent = nil
        case .actionFailed:
            guard case .typed(let typed) = reply, typed.trimmingCharacters(in: .whitespaces) == "1" else {
                try goBack(from: prompt)
                return
            }
            actionFailure = nil
        case .finished, .broken:
            throw .refused(EngineError.finished.message)
        }
        current = nil
    }

    /// A typed answer as the person reads it: yes/no in the run's words, a web address
    /// as it will be used.
    private func shown(_ typed: String, as type: InputType) -> String {
        switch try? AnswerParser.value(typed, as: type, step: state.position.step, words: engine.answerText) {
        case .bool(let yes)?: return text(yes ? "answer.yes" : "answer.no")
        case let value?: return value.displayText
        case nil: return typed
        }
    }

    private mutating func answerChecklist(
        _ reply: Reply, checklist: StepKind.Checklist, item: Int, statuses: [String: ChecklistStatus], step: String
    ) throws(ReplyError) {
        if case .checklist(let given) = reply {
            try complete(checklist, with: given, step: step)
            return
        }
        let entry = checklist.items[item]
        var marked = statuses
        switch reply {
        case .typed(let typed):
            let state: ChecklistStatus.State? = switch typed.trimmingCharacters(in: .whitespaces) {
            case "1": .done
            case "2": .notDone
            case "3": .notApplicable
            default: nil
            }
            guard let state else { throw .refused(text("answer.not-checklist-choice")) }
            marked[entry.id] = ChecklistStatus(state, note: statuses[entry.id]?.note)
        case .keep:
            guard statuses[entry.id] != nil else { throw .refused(text("answer.nothing-to-keep")) }
        default:
            throw .refused(text("answer.not-checklist-choice"))
        }
        let next = item + 1
        guard next < checklist.items.count else {
            try complete(checklist, with: marked, step: step)
            return
        }
        do {
            self.state = try engine.mark(marked, in: self.state, at: context.clock.now())
        } catch {
            throw .refused(error.message)
        }
        checklistItem = next
        current = nil
        onEvent(.marked(step: step, item: entry, status: marked[entry.id]!))
        do {
            try persist()
        } catch {
            throw .failed(error)
        }
    }

    private mutating func complete(_ checklist: StepKind.Checklist, with statuses: [String: ChecklistStatus], step: String) throws(ReplyError) {
        let lines = checklist.items.map { ChecklistLine(text: $0.text, state: statuses[$0.id]?.state) }
        try apply(.checklist(statuses), event: .checklist(step: step, items: lines))
    }

    /// Refuses typed text that the action it feeds could not use.
    private func check(_ typed: String, as expects: ValueType?, input: StepKind.Input, step: String) throws(ReplyError) {
        let form: InputType? = switch expects {
        case .date: .date
        case .url: .url
        case .number: .number
        default: nil
        }
        do {
            if let form { _ = try AnswerParser.value(typed, as: form, step: step, words: engine.answerText) }
        } catch {
            throw .refused(error.message)
        }
        // Runs that read no typed file (tests, the demo) need no such file here.
        if expects == .file, readsTypedFiles {
            let path = typed.trimmingCharacters(in: .whitespacesAndNewlines)
            guard FileAccess.isRegularFile(path) else { throw .refused(text("answer.not-file", path)) }
        }
    }

    private mutating func goBack(from prompt: Prompt) throws(ReplyError) {
        if case .checklist(_, let item, _) = prompt.kind, item > 0 {
            checklistItem = item - 1
            current = nil
            onEvent(.wentBack)
            return
        }
        let undone = state.log.last { $0.input.isPersonInput }
        let back: SessionState
        do {
            back = try engine.back(state, at: context.clock.now())
        } catch .atStart {
            throw .atStart
        } catch {
            throw .failed(.engine(error))
        }
        state = back
        moved()
        if let undone, undone.position == state.position {
            if case .checklist = undone.input { checklistItem = 0 } else { earlier = undone.input }
        }
        onEvent(.wentBack)
        do {
            try persist()
        } catch {
            throw .failed(error)
        }
    }

    private mutating func add(_ note: String, at prompt: Prompt) throws(ReplyError) {
        let text = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .refused(self.text("answer.empty")) }
        if case .checklist(_, let item, let statuses) = prompt.kind, case .checklist(let checklist) = prompt.step?.kind {
            var marked = statuses
            let id = checklist.items[item].id
            marked[id, default: ChecklistStatus(.notDone)].note = text
            do {
                state = try engine.mark(marked, in: state, at: context.clock.now())
            } catch {
                throw .refused(error.message)
            }
            checklistItem = item
        } else {
            state.notes.append(Note(position: state.position, text: text, at: context.clock.now()))
        }
        onEvent(.noted(state.position, text: text))
        do {
            try persist()
        } catch {
            throw .failed(error)
        }
    }

    // MARK: - Moving and saving

    /// Applies `input`, shows `event` and the engine's effects, and saves.
    private mutating func apply(_ input: StepInput, event: DriverEvent?) throws(ReplyError) {
        let transition: Transition
        do {
            transition = try engine.apply(input, to: state, at: context.clock.now())
        } catch {
            if case .invalidAnswer(_, let message) = error { throw .refused(message) }
            throw .failed(.engine(error))
        }
        state = transition.state
        moved()
        if let event { onEvent(event) }
        report(transition.effects)
        do {
            try persist()
        } catch {
            throw .failed(error)
        }
    }

    /// Forgets what belonged to the step the session left.
    private mutating func moved() {
        earlier = nil
        checklistItem = nil
        pendingConsent = nil
        actionFailure = nil
        announced = false
        current = nil
    }

    private func report(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .enteredPlaybook(let id):
                onEvent(.entered(id: id, title: engine.playbooks[id]?.title ?? id))
            case .finished(let outcome):
                let step = engine.playbooks[outcome.position.playbook]?.step(outcome.position.step)
                let referrals = engine.referralNeed(of: state).map { context.directory.referrals(for: $0) }
                onEvent(.finished(outcome, text: step?.say.map { engine.render($0, in: state) }, referrals: referrals))
            case .actionNeeded:
                continue
            }
        }
    }

    private func persist() throws(RunFailure) {
        try save(state)
    }

    private func text(_ key: String, _ values: String...) -> String {
        engine.answerText.string(key, values)
    }

    // MARK: - Actions

    private enum Performed {
        case done(ActionResult, action: String)
        case needsConsent(ConsentRequest)
        case failed(ActionError)
    }

    /// Runs the current action (or takes its stub), with the files it may read, the
    /// session's files and the run's network consent. A request to contact an address
    /// nobody decided on yet ends the attempt, to be made again once the person answered:
    /// actions ask before they send anything, so nothing reached the network.
    private mutating func perform(_ step: Step, _ request: ActionRequest) -> Performed {
        guard case .action(let call) = step.kind else { return .failed(.unknownAction(step.id)) }
        if let stub = stubs.stub(for: state.position) {
            return .done(ActionResult(outputs: stub.outputs), action: call.action)
        }
        guard let facet = engine.registry.action(call.action)?.facet else { return .failed(.unknownAction(call.action)) }
        var context = self.context
        var allowed = files
        if readsTypedFiles {
            for logged in state.log {
                if case .text(let path) = logged.input { allowed.allow(path.trimmingCharacters(in: .whitespacesAndNewlines)) }
            }
        }
        context.files = allowed
        context.referralProfile = engine.profile(of: state)
        let workspace = SessionFiles(state.files)
        context.workspace = workspace
        let undecided = ConsentQueue()
        let decided = consents
        let policy = network
        let onEvent = self.onEvent
        context.askConsent = { request in
            if let decision = decided[request.address] { return decision }
            switch policy {
            case .allow:
                onEvent(.network(request, allowed: true))
                return true
            case .decline:
                onEvent(.network(request, allowed: false))
                return false
            case .ask:
                undecided.add(request)
                return false
            }
        }
        context.emit = { onEvent(.emitted($0)) }
        let outcome: Result<ActionResult, ActionError>
        do {
            outcome = .success(try facet.perform(request, context: context))
        } catch {
            outcome = .failure(error)
        }
        if let first = undecided.first { return .needsConsent(first) }
        switch outcome {
        case .success(let result):
            state.files = workspace.contents
            return .done(result, action: call.action)
        case .failure(let error):
            return .failed(error)
        }
    }
}

/// The consent requests an action made that nobody has answered yet; actions may ask
/// from any thread.
private final class ConsentQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [ConsentRequest] = []

    func add(_ request: ConsentRequest) {
        lock.withLock { requests.append(request) }
    }

    var first: ConsentRequest? { lock.withLock { requests.first } }
}
