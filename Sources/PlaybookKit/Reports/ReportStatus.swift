/// Where a reported session stands: how it ended, or the step it is waiting at. A
/// helpline reads this first, so it carries the end step's own words.
public struct ReportStatus: Hashable, Sendable, Codable {
    /// How the session ended; nil while it is in progress.
    public var outcome: EndOutcome?
    /// The end step, or the current step while in progress.
    public var position: Position
    /// The title of that step's playbook.
    public var playbookTitle: String
    /// The end step's `say`, or the current step's question or text, rendered with the
    /// session's answers; nil when the step has no text.
    public var text: String?
    /// The service keys the end step refers to.
    public var refer: [String]

    /// Whether the session has ended.
    public var isFinished: Bool { outcome != nil }

    /// The status in a few words, e.g. "Referred to an organisation" or "In progress".
    public var label: String {
        label(in: .english)
    }

    /// The status in a few words of `text`'s language.
    public func label(in text: ReportText) -> String {
        text("status.\(outcome?.rawValue ?? "in-progress")")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(position, forKey: .position)
        try container.encode(playbookTitle, forKey: .playbookTitle)
        try container.encode(text, forKey: .text)
        try container.encode(refer, forKey: .refer)
    }
}
