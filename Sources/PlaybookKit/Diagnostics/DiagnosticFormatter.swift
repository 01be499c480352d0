import Foundation

/// Renders diagnostics as a compiler does: `path:line:column: error: message [rule]`,
/// then the source line and a caret under the column, so a responder sees the spot.
public enum DiagnosticFormatter {
    /// The text form; `line(file, number)` gives a source line, or nil when unavailable.
    public static func text(_ diagnostics: [Diagnostic], line: (String, Int) -> String?) -> String {
        var output = ""
        for diagnostic in diagnostics {
            let location = diagnostic.location
            output += "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]\n"
            guard let source = line(location.file, location.line) else { continue }
            let printable = String(source.unicodeScalars.map { $0 == "\t" ? " " : ($0.properties.generalCategory == .control ? "?" : Character($0)) })
            output += "  \(printable)\n"
            output += "  " + String(repeating: " ", count: max(0, location.column - 1)) + "^\n"
        }
        return output
    }

    /// The JSON form: an array of `{file, line, column, severity, rule, message}`.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Entry: Encodable {
            let file: String
            let line: Int
            let column: Int
            let severity: String
            let rule: String
            let message: String
        }
        let entries = diagnostics.map {
            Entry(file: $0.location.file, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue, rule: $0.rule, message: $0.message)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
