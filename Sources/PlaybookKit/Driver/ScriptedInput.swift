import Foundation

/// Replies from answers given ahead of time (`playbook run --answers`, a scenario's act,
/// a playbook test): each step's answer is looked up by its id, a checklist's answer
/// lists the items done, and a missing or unfit answer ends the run with a located
/// message instead of asking.
public struct ScriptedInput: SessionInput {
    /// The answers.
    public var script: AnswerScript
    /// How often one step may come back before it counts as a loop: given answers never
    /// change, so a loop in the playbook would otherwise go round forever.
    public static let maxVisitsPerStep = 100
    private var visits: [Position: Int] = [:]

    /// Replies from `script`.
    public init(_ script: AnswerScript) {
        self.script = script
    }

    public mutating func reply(to prompt: Prompt) throws(RunFailure) -> Reply? {
        let position = prompt.position
        let entry = script.entry(for: position)
        switch prompt.kind {
        case .question(let question):
            try count(position)
            guard let entry else {
                throw .missingAnswer(
                    step: position,
                    expected: question.multiple ? "a list of options" : "one option: " + question.options.map(\.value).joined(separator: ", "))
            }
            return .options(entry.answer.texts)
        case .input(let input, _):
            try count(position)
            guard let entry, case .one(let text) = entry.answer else { throw .missingAnswer(step: position, expected: input.type.rawValue) }
            return .typed(text)
        case .information:
            try count(position)
            return .acknowledge
        case .checklist:
            try count(position)
            let done = entry?.answer.texts ?? []
            return .checklist(Dictionary(done.map { ($0, ChecklistStatus(.done)) }, uniquingKeysWith: { first, _ in first }))
        case .consent:
            return .consent(false)
        case .actionFailed(let error):
            throw .action(step: position, message: error.message)
        case .finished, .broken:
            return nil
        }
    }

    public mutating func refused(_ message: String, at prompt: Prompt) -> RunFailure? {
        guard let entry = script.entry(for: prompt.position) else { return .refused(step: prompt.position, message: message) }
        return .invalidAnswer(at: entry.location, message: message)
    }

    private mutating func count(_ position: Position) throws(RunFailure) {
        visits[position, default: 0] += 1
        if visits[position]! > Self.maxVisitsPerStep { throw .loop(position, visits: Self.maxVisitsPerStep) }
    }
}

extension AnswerScript.Answer {
    /// The texts of the answer: one, or the items of a list.
    public var texts: [String] {
        switch self {
        case .one(let text): return [text]
        case .many(let texts): return texts
        }
    }
}

extension SessionDriver {
    /// Runs playbook `id` to its end with `script`'s answers and saves nothing: for the
    /// trainer demo's rehearsals, checks and tests that look at the state reached and the
    /// events on the way.
    public static func run(
        _ id: String, script: AnswerScript, sessionFiles: [String: Data] = [:], profile: ReferralProfile = ReferralProfile(),
        engine: Engine, context: ActionContext,
        network: NetworkPolicy = .decline, stubs: ActionStubs = ActionStubs(), files: FileAccess = FileAccess(),
        readsTypedFiles: Bool = true, onEvent: @escaping @Sendable (DriverEvent) -> Void = { _ in }
    ) throws(RunFailure) -> SessionState {
        var driver = try start(
            id, sessionFiles: sessionFiles, profile: profile, engine: engine, context: context, network: network, stubs: stubs, files: files,
            readsTypedFiles: readsTypedFiles, onEvent: onEvent)
        var input = ScriptedInput(script)
        let end = driver.run(&input)
        if case .failed(_, let failure) = end { throw failure }
        return end.state
    }
}
