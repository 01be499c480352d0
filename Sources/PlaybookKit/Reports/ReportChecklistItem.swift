/// One checklist item in a report.
public struct ReportChecklistItem: Hashable, Sendable, Codable {
    /// Where the item stands. An item the person has not reported on is open.
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        case done
        case open
        case notApplicable = "not-applicable"

        /// The state in words.
        public var label: String {
            label(in: .english)
        }

        /// The state in words of `text`'s language.
        public func label(in text: ReportText) -> String {
            text("state.\(rawValue)")
        }
    }

    /// The item's id.
    public var id: String
    /// What to do.
    public var text: String
    /// Whether it can be skipped without harm.
    public var optional: Bool
    /// Where it stands.
    public var state: State
    /// The person's note on it, or `SessionReport.leftOut`; nil when there is none.
    public var note: String?

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(text, forKey: .text)
        try container.encode(optional, forKey: .optional)
        try container.encode(state, forKey: .state)
        try container.encode(note, forKey: .note)
    }
}
