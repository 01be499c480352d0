/// Something that happened in a session, for a front end to show or a transcript to
/// record, in the order it happened.
public enum DriverEvent: Hashable, Sendable {
    /// A playbook was entered (the first, or by a jump).
    case entered(id: String, title: String)
    /// A step that needs the person, or an action, was reached; `say` is its text,
    /// rendered, and `progress` how far the session has come.
    case arrived(Position, step: Step, say: String?, progress: Progress)
    /// A question or input was answered.
    case answered(step: String, question: String, answer: String)
    /// One checklist item was marked.
    case marked(step: String, item: ChecklistItem, status: ChecklistStatus)
    /// A checklist was completed; items with their states.
    case checklist(step: String, items: [ChecklistLine])
    /// An action ran; what it said.
    case action(step: String, action: String, messages: [String])
    /// A line an action showed while it ran (a breathing cue).
    case emitted(String)
    /// The network policy answered a consent request without asking.
    case network(ConsentRequest, allowed: Bool)
    /// A note was saved.
    case noted(Position, text: String)
    /// The session went back to an earlier step (or item).
    case wentBack
    /// The session ended; `text` is the end step's text, rendered; `referrals` the
    /// organisations that fit what the end refers to, for the person as far as known
    /// (nil when it refers to none).
    case finished(Outcome, text: String?, referrals: ReferralSelection?)

    /// A plain-text form, for comparisons and logs.
    public var description: String {
        switch self {
        case .entered(let id, let title): return "entered \(id): \(title)"
        case .arrived(_, let step, let say, _): return "\(step.id) said: \(say ?? "")"
        case .answered(let step, let question, let answer): return "\(step) asked: \(question) answer: \(answer)"
        case .marked(let step, let item, let status): return "\(step) marked \(item.id)=\(status.state.rawValue)"
        case .checklist(let step, let items):
            return "\(step) checklist: " + items.map { "\($0.text)=\($0.state?.rawValue ?? "open")" }.joined(separator: "; ")
        case .action(let step, let action, let messages): return "\(step) ran \(action): \(messages.joined(separator: " | "))"
        case .emitted(let text): return "emitted: \(text)"
        case .network(let request, let allowed): return "\(allowed ? "contacting" : "not contacting") \(request.address)"
        case .noted(let position, let text): return "note at \(position): \(text)"
        case .wentBack: return "went back"
        case .finished(let outcome, let text, _): return "finished \(outcome.outcome.rawValue) at \(outcome.position)\(text.map { ": \($0)" } ?? "")"
        }
    }
}

/// A checklist item as reported.
public struct ChecklistLine: Hashable, Sendable {
    /// The item's text.
    public var text: String
    /// Its state; nil when left open.
    public var state: ChecklistStatus.State?

    /// Creates a line.
    public init(text: String, state: ChecklistStatus.State?) {
        self.text = text
        self.state = state
    }
}
