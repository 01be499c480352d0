import Foundation
import PlaybookKit

/// How long a legal clock runs, and how it counts where calendars disagree: a month
/// after 31 January has no 31st, so each rule states what its own text or practice does.
public struct DeadlinePeriod: Hashable, Sendable, CustomStringConvertible {
    /// The unit an amount counts in.
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        /// Hours from the start; a whole number of days, since only the start day is known.
        case hours
        /// Calendar days.
        case days
        /// Seven days each.
        case weeks
        /// Calendar months, ending by the month-end rule when the end month is shorter.
        case months
        /// Calendar years, ending by the month-end rule when they start on 29 February.
        case years
    }

    /// Where a period in months or years ends when its end month has no matching day.
    public enum MonthEnd: String, Hashable, Sendable, CaseIterable {
        /// On the last day of that month: 31 January + 1 month = 28 (or 29) February.
        case lastDayOfMonth = "last-day-of-month"
        /// On the first day of the following month: 31 January + 1 month = 1 March.
        case firstDayOfNextMonth = "first-day-of-next-month"
    }

    /// How many units.
    public var amount: Int
    /// The unit.
    public var unit: Unit
    /// The month-end rule; set exactly when the unit is months or years.
    public var monthEnd: MonthEnd?

    /// Creates a period.
    public init(amount: Int, unit: Unit, monthEnd: MonthEnd? = nil) {
        self.amount = amount
        self.unit = unit
        self.monthEnd = monthEnd
    }

    /// The day the period ends when it starts on `start`: the start day itself is not
    /// counted, and the period ends on the matching day `amount` units later.
    public func end(from start: CalendarDate) -> CalendarDate {
        switch unit {
        case .hours: return start.adding(days: amount / 24)
        case .days: return start.adding(days: amount)
        case .weeks: return start.adding(days: amount * 7)
        case .months: return start.adding(months: amount, monthEnd: monthEnd ?? .lastDayOfMonth)
        case .years: return start.adding(months: amount * 12, monthEnd: monthEnd ?? .lastDayOfMonth)
        }
    }

    /// The period as a person reads it, e.g. "4 months" or "72 hours".
    public var description: String {
        description(in: LegalFacet().englishText)
    }

    /// The period in `text`'s language.
    public func description(in text: FacetText) -> String {
        text("period.\(unit.rawValue).\(amount == 1 ? "one" : "many")", "\(amount)")
    }
}

extension CalendarDate {
    /// The day `days` after this one (before it when negative).
    func adding(days: Int) -> CalendarDate {
        CalendarDate(Date(timeIntervalSince1970: TimeInterval(dayNumber + days) * 86_400))
    }

    /// The matching day `months` later, with `monthEnd` deciding when that month is shorter.
    func adding(months: Int, monthEnd: DeadlinePeriod.MonthEnd) -> CalendarDate {
        let index = year * 12 + (month - 1) + months
        var result = self
        result.year = index / 12
        result.month = index % 12 + 1
        let length = CalendarDate.days(inMonth: result.month, year: result.year)
        guard day > length else { return result }
        switch monthEnd {
        case .lastDayOfMonth:
            result.day = length
            return result
        case .firstDayOfNextMonth:
            result.day = length
            return result.adding(days: 1)
        }
    }
}
