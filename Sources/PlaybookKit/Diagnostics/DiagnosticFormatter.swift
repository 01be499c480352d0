import Foundation

/// Renders diagnostics as a compiler does: `path:line:column: error: message [rule]`,
/// then the source line and a caret under the column, so a responder sees the spot.
public enum DiagnosticFormatter {
    /// Most characters of a source line shown under a diagnostic.
    public static let maxSourceWidth = 160

    /// The text form; `line(file, number)` gives a source line, or nil when unavailable.
    public static func text(_ diagnostics: [Diagnostic], line: (String, Int) -> String?) -> String {
        var output = ""
        for diagnostic in diagnostics {
            let location = diagnostic.location
            output += "\(location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]\n"
            guard let source = line(location.file, location.line) else { continue }
            let scalars = Array(source.unicodeScalars)
            // A very long line is shown as a window around the column, so a hostile file
            // cannot flood the terminal.
            let start = max(0, min(location.column - 1 - maxSourceWidth / 2, scalars.count - maxSourceWidth))
            let window = scalars[start..<min(scalars.count, start + maxSourceWidth)]
            let printable = String(window.map { $0 == "\t" ? " " : ($0.properties.generalCategory == .control ? "?" : Character($0)) })
            output += "  \(start > 0 ? "…" : "")\(printable)\(start + window.count < scalars.count ? "…" : "")\n"
            output += "  " + String(repeating: " ", count: max(0, location.column - 1 - start + (start > 0 ? 1 : 0))) + "^\n"
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
