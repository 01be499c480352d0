import PlaybookKit

/// A time limit from `data/legal-deadlines.yaml`: what starts the clock, how long it
/// runs, and the official text it comes from with the day that text was checked, so a
/// defender and their lawyer can verify it instead of trusting the tool.
public struct DeadlineRule: Hashable, Sendable {
    /// A stable id playbooks pass as `rule`, e.g. `echr-application`.
    public var id: String
    /// What the deadline is for.
    public var title: String
    /// Where it applies.
    public var jurisdiction: String
    /// How long the clock runs.
    public var period: DeadlinePeriod
    /// The event that starts the clock.
    public var from: String
    /// The official text's address.
    public var source: String
    /// When the rule was checked against `source`.
    public var checked: CalendarDate
    /// Caveats a person must read before relying on the date.
    public var note: String
    /// Where the rule is written, for messages.
    public var location: SourceLocation

    /// The translation key of rule `id`'s title.
    public static func titleKey(_ id: String) -> String { "rules.\(id).title" }
    /// The translation key of rule `id`'s note.
    public static func noteKey(_ id: String) -> String { "rules.\(id).note" }

    /// Creates a rule.
    public init(
        id: String, title: String, jurisdiction: String, period: DeadlinePeriod, from: String, source: String,
        checked: CalendarDate, note: String, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.jurisdiction = jurisdiction
        self.period = period
        self.from = from
        self.source = source
        self.checked = checked
        self.note = note
        self.location = location
    }
}
