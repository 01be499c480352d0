/// A named value in a report (an action's parameter or output): the value itself for
/// tools, and a short text for people.
public struct ReportField: Hashable, Sendable, Codable {
    /// Most list items or record fields the text shows; the value keeps them all.
    public static let maxItemsShown = 10
    /// Most characters of one piece of text the text shows.
    public static let maxTextShown = 300

    /// The parameter's or output's name.
    public var name: String
    /// The value for people: lists and records shortened, long text cut.
    public var text: String
    /// The value in full, or `SessionReport.leftOut` as text.
    public var value: Value

    /// A field showing `value`.
    init(name: String, value: Value) {
        self.name = name
        self.value = value
        text = Self.summary(of: value)
    }

    /// The value as a person reads it in `words`' language, kept short; `text` holds it
    /// in English.
    public func text(in words: ReportText) -> String {
        Self.summary(of: value, in: words)
    }

    /// `value` as a person reads it, kept short.
    static func summary(of value: Value, in words: ReportText = .english) -> String {
        switch value {
        case .string(let text):
            return text.count > maxTextShown ? String(text.prefix(maxTextShown)) + "…" : text
        case .list(let items):
            let shown = items.prefix(maxItemsShown).map { summary(of: $0, in: words) }.joined(separator: ", ")
            return items.count > maxItemsShown ? words("more", shown, "\(items.count - maxItemsShown)") : shown
        case .record(let fields):
            let keys = fields.keys.sorted()
            let shown = keys.prefix(maxItemsShown).map { "\($0): \(summary(of: fields[$0]!, in: words))" }.joined(separator: "; ")
            return keys.count > maxItemsShown ? words("more", shown, "\(keys.count - maxItemsShown)") : shown
        case .bool(let flag):
            return words(flag ? "yes" : "no")
        case .null, .number:
            return value.displayText
        }
    }
}
