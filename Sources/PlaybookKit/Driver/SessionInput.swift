/// Where a blocking front end's replies come from: a person at a terminal, piped lines,
/// an answers file, a scenario's or a playbook test's answers.
public protocol SessionInput {
    /// The reply to `prompt`; nil when input has ended (Ctrl-D, the end of piped input) or
    /// the person chose to stop: the session is saved as it is.
    mutating func reply(to prompt: Prompt) throws(RunFailure) -> Reply?
    /// A reply was refused with `message` (already in the run's language): nil to ask
    /// again, as at a terminal, or the failure that ends the run.
    mutating func refused(_ message: String, at prompt: Prompt) -> RunFailure?
}

/// How a run through `SessionDriver.run(_:)` ended.
public enum RunEnd: Hashable, Sendable {
    /// The session reached an end.
    case finished(SessionState)
    /// Input ended or the person stopped; the session is saved.
    case stopped(SessionState)
    /// Something could not go on; the session is saved as it was before.
    case failed(SessionState, RunFailure)

    /// The state at the end.
    public var state: SessionState {
        switch self {
        case .finished(let state), .stopped(let state), .failed(let state, _): return state
        }
    }
}

extension SessionDriver {
    /// Runs until the session ends, `input` stops, or something fails.
    public mutating func run(_ input: inout some SessionInput) -> RunEnd {
        while true {
            let prompt: Prompt
            do {
                prompt = try self.prompt()
            } catch {
                return .failed(state, error)
            }
            switch prompt.kind {
            case .finished: return .finished(state)
            case .broken(let message): return .failed(state, .refused(step: state.position, message: message))
            default: break
            }
            let reply: Reply?
            do {
                reply = try input.reply(to: prompt)
            } catch {
                return .failed(state, error)
            }
            guard let reply else { return .stopped(state) }
            do {
                try handle(reply)
            } catch {
                switch error {
                case .refused(let message):
                    if let failure = input.refused(message, at: prompt) { return .failed(state, failure) }
                case .atStart:
                    if let failure = input.refused(engine.answerText("answer.at-start"), at: prompt) { return .failed(state, failure) }
                case .failed(let failure):
                    return .failed(state, failure)
                }
            }
        }
    }
}
