import Foundation

/// Dates as a report shows them to people: the same text whatever the machine's locale
/// or time zone, so two copies of a report always agree.
enum ReportDateFormat {
    /// `2027-01-15 08:00 UTC`.
    static func text(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d UTC", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
    }
}
