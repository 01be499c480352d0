/// Why the engine refused an input or could not go on. The state is unchanged when one
/// is thrown, so a driver shows the message and asks again.
public enum EngineError: Error, Hashable, Sendable {
    /// The playbook is not in the library.
    case unknownPlaybook(String)
    /// A step is not in its playbook (the library changed, or a target is broken).
    case unknownStep(Position)
    /// The input does not fit the current step; the message says what would.
    case invalidAnswer(step: String, message: String)
    /// An action step's parameters do not fit the action.
    case actionParameters(step: String, message: String)
    /// An expression failed while evaluating (e.g. comparing text with a number).
    case expression(step: String, message: String)
    /// The session already ended.
    case finished
    /// There is nothing to go back to.
    case atStart
    /// A route or jump loops without asking anything; stopped instead of hanging.
    case loop(Position)

    /// A message for the person.
    public var message: String {
        switch self {
        case .unknownPlaybook(let id): return "there is no playbook '\(id)'; run 'playbook list' to see them"
        case .unknownStep(let position): return "the step '\(position.step)' is not in the playbook '\(position.playbook)'"
        case .invalidAnswer(_, let message): return message
        case .actionParameters(let step, let message): return "step '\(step)': \(message)"
        case .expression(let step, let message): return "step '\(step)': \(message)"
        case .finished: return "this session has ended"
        case .atStart: return "this is the first step; there is nothing to go back to"
        case .loop(let position): return "the playbook loops at '\(position)' without asking anything; report this to its authors"
        }
    }
}
