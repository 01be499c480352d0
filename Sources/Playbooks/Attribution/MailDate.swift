import Foundation

/// Dates as mail headers write them (RFC 5322, e.g. `Tue, 5 Mar 2024 10:02:03 +0100`),
/// read without a locale-dependent formatter so that every machine agrees.
enum MailDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
        "pst": -8, "pdt": -7,
    ]

    /// The instant `text` names, or nil when it is not a complete date with a time and zone.
    static func parse(_ text: String) -> Date? {
        let tokens = MailAddress.removingComments(text).split { $0.isWhitespace || $0 == "," }.map(String.init)
        var rest = tokens[...]
        if let first = rest.first, first.count == 3, first.allSatisfy(\.isASCIILetter) { rest = rest.dropFirst() }
        guard rest.count >= 4,
            let day = Int(rest[rest.startIndex]), (1...31).contains(day),
            let month = months.firstIndex(of: rest[rest.startIndex + 1].prefix(3).lowercased()),
            var year = Int(rest[rest.startIndex + 2])
        else { return nil }
        if year < 50 { year += 2000 } else if year < 1000 { year += 1900 }
        let clock = rest[rest.startIndex + 3].split(separator: ":").map { Int($0) }
        guard (2...3).contains(clock.count), let hour = clock[0], let minute = clock[1],
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let second = clock.count == 3 ? clock[2] : 0
        guard let second, (0...60).contains(second), rest.count >= 5,
            let offset = zoneOffset(rest[rest.startIndex + 4])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let components = DateComponents(
            year: year, month: month + 1, day: day, hour: hour, minute: minute, second: second)
        guard let local = calendar.date(from: components),
            calendar.component(.day, from: local) == day
        else { return nil }
        return local.addingTimeInterval(-Double(offset))
    }

    /// The zone's offset from UTC in seconds. Military letters other than Z are
    /// obsolete and, as RFC 5322 says, taken as unknown, i.e. UTC.
    private static func zoneOffset(_ zone: String) -> Int? {
        if let sign = zone.first, sign == "+" || sign == "-" {
            let digits = zone.dropFirst()
            guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit), let hours = Int(digits.prefix(2)),
                let minutes = Int(digits.suffix(2)), minutes < 60
            else { return nil }
            return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
        }
        let name = zone.lowercased()
        if let hours = zones[name] { return hours * 3600 }
        return name.count == 1 && name.allSatisfy(\.isASCIILetter) ? 0 : nil
    }
}
