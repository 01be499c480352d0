/// The rule for the dates that say when content was last checked against its sources
/// (a playbook's or a training case's `reviewed`, an organisation's `checked`): more
/// than a year old is a warning, since advice, contacts and laws change; a date in the
/// future is an error, since it would keep a stale check from ever warning.
enum CheckedDate {
    /// How old a check may be before lint warns, in days.
    static let staleAfterDays = 365

    /// The diagnostic for the date `text` at `location`, if it is stale or in the
    /// future; `stale` names the rule and `advice` says what to re-check.
    static func diagnostic(
        _ text: String, at location: SourceLocation, today: CalendarDate, rule: String, advice: String
    ) -> Diagnostic? {
        guard let date = CalendarDate(text) else { return nil }
        if date.daysUntil(today) > staleAfterDays {
            return Diagnostic(.warning, rule, "checked on \(text), more than a year ago; \(advice)", at: location)
        }
        if today < date {
            return Diagnostic(.error, "invalid-date", "checked on \(text), which is in the future", at: location)
        }
        return nil
    }
}
