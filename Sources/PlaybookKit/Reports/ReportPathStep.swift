/// One visited step as a report shows it: what the person was asked or told, and how
/// they left it, so a reader can follow the way the session took.
public struct ReportPathStep: Hashable, Sendable, Codable {
    /// How the step was left.
    public enum Event: String, Hashable, Sendable, Codable, CaseIterable {
        /// The person answered a question, an input or a checklist.
        case answered
        /// A routing step chose the way. Reports no longer list routing steps, which the
        /// person never sees; kept so that older reports still read.
        case routed
        /// The person read an information step and went on.
        case read
        /// An action ran.
        case action
        /// The session ended here.
        case ended
        /// The session is waiting here.
        case current
    }

    /// The step.
    public var position: Position
    /// The title of its playbook.
    public var playbookTitle: String
    /// The step's kind (`question`, `input`…); nil when the playbook no longer has it.
    public var kind: String?
    /// How it was left.
    public var event: Event
    /// The question, or the text shown, rendered with the session's answers.
    public var text: String?
    /// The answer as the person would read it, or `SessionReport.leftOut`.
    public var answer: String?
    /// For `routed`: the condition that held; nil when none did and the usual way was taken.
    public var condition: String?
    /// For `action`: the action's id, `facet.name`.
    public var action: String?
    /// For `action`: what the action told the person, in order.
    public var messages: [String] = []

    /// The answer as a person reads it in `text`'s language. The words the engine itself
    /// records are put in that language: `yes` and `no` at an input (how a yes/no answer
    /// is kept, so a text answer of just "yes" reads the same) and a checklist's
    /// "2 of 3 done"; any other chosen or typed answer stays as it is.
    public func answer(in text: ReportText) -> String? {
        guard event == .answered, let answer else { return answer }
        switch kind {
        case "input" where answer == Value.bool(true).displayText: return text("yes")
        case "input" where answer == Value.bool(false).displayText: return text("no")
        case "checklist":
            let words = answer.split(separator: " ")
            guard words.count == 4, words[1] == "of", words[3] == "done", let done = Int(words[0]), let total = Int(words[2])
            else { return answer }
            return text("answer.checklist", "\(done)", "\(total)")
        default: return answer
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(position, forKey: .position)
        try container.encode(playbookTitle, forKey: .playbookTitle)
        try container.encode(kind, forKey: .kind)
        try container.encode(event, forKey: .event)
        try container.encode(text, forKey: .text)
        try container.encode(answer, forKey: .answer)
        try container.encode(condition, forKey: .condition)
        try container.encode(action, forKey: .action)
        try container.encode(messages, forKey: .messages)
    }
}
