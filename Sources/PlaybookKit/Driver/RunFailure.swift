/// Why a run stopped before an end.
public enum RunFailure: Error, Hashable, Sendable {
    /// No answer was given for a step that needs one (an answers file, a test, a scenario).
    case missingAnswer(step: Position, expected: String)
    /// An answer did not fit; located in the answers file.
    case invalidAnswer(at: SourceLocation, message: String)
    /// A piped answer did not fit the step.
    case refused(step: Position, message: String)
    /// An action failed.
    case action(step: Position, message: String)
    /// The engine refused to go on.
    case engine(EngineError)
    /// The same step came back too often: given answers never change, so a loop in the
    /// playbook would otherwise go round forever.
    case loop(Position, visits: Int)
    /// The session could not be saved; the message says why and what to do.
    case save(String)

    /// A message for the person.
    public var message: String {
        switch self {
        case .missingAnswer(let step, let expected): return "no answer for step '\(step.step)' (playbook '\(step.playbook)'); it expects \(expected)"
        case .invalidAnswer(let location, let message): return "\(location): \(message)"
        case .refused(let step, let message): return "step '\(step.step)': \(message)"
        case .action(let step, let message): return "the action at step '\(step.step)' failed: \(message)"
        case .engine(let error): return error.message
        case .loop(let step, let visits): return "the answers lead round a loop: step '\(step.step)' (playbook '\(step.playbook)') came back \(visits) times; scripted answers never change, so give answers that leave the loop"
        case .save(let message): return message
        }
    }
}
