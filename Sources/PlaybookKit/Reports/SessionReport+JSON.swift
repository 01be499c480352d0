import Foundation

extension SessionReport {
    /// The report as a JSON document for a helpline's tools: keys sorted, dates in ISO
    /// 8601 (UTC), absent values as `null`, and the same content as the other formats.
    /// `format` names the layout's version.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        // Cannot fail: every value is text, a finite number (others are written as text), a boolean or a container of them.
        let data = try! encoder.encode(self)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
