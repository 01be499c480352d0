import Foundation
import PlaybookKit

/// When an incident happened, as a person types it: a day (`2026-11-27`) or a moment
/// (`2026-11-27T14:05`, with seconds or a UTC offset if known). Checked so that a log
/// handed to a lawyer holds only real dates.
struct IncidentTime: Hashable, Sendable {
    /// The day.
    var date: CalendarDate
    /// The text as stored: a space between date and time becomes `T`.
    var text: String

    /// Parses `text`; nil when it is not a real date or date-time.
    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 10, let date = CalendarDate(String(trimmed.prefix(10))) else { return nil }
        let rest = trimmed.dropFirst(10)
        if !rest.isEmpty {
            guard let separator = rest.first, separator == "T" || separator == " ",
                IncidentTime.isTimeOfDay(rest.dropFirst())
            else { return nil }
        }
        self.date = date
        self.text = rest.isEmpty ? String(trimmed) : String(trimmed.prefix(10)) + "T" + rest.dropFirst()
    }

    /// `HH:MM`, `HH:MM:SS`, each optionally followed by `Z` or `±HH:MM`.
    private static func isTimeOfDay(_ text: Substring) -> Bool {
        var clock = text
        if clock.hasSuffix("Z") {
            clock = clock.dropLast()
        } else if clock.count > 6, let sign = clock.dropLast(5).last, sign == "+" || sign == "-" {
            guard isClock(clock.suffix(5), hours: 0...14, withSeconds: false) else { return false }
            clock = clock.dropLast(6)
        }
        return isClock(clock, hours: 0...23, withSeconds: clock.count == 8)
    }

    private static func isClock(_ text: Substring, hours: ClosedRange<Int>, withSeconds: Bool) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == (withSeconds ? 3 : 2),
            parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hour = Int(parts[0]), hours.contains(hour), let minute = Int(parts[1]), minute < 60
        else { return false }
        if withSeconds, let second = Int(parts[2]), second >= 60 { return false }
        return true
    }
}
