import Foundation

/// Renders diagnostics as a compiler does: `path:line:column: error: message [rule]`,
/// then the source line and a caret under the column, so a responder sees the spot.
///
/// Output is bounded whatever the file: at most `maxPerFile` findings per file, then one
/// line (in JSON, a `leftOut` count) saying how many more there are; a window of the
/// source line; and every message, path and excerpt through `TextSanitiser`, so a file
/// cannot write escape sequences or fake findings into the output.
public enum DiagnosticFormatter {
    /// Most characters of a source line shown under a diagnostic.
    public static let maxSourceWidth = 160
    /// Most findings shown for one file: the first ones, in order, are the ones to fix
    /// first, and a hostile file of 400,000 unknown keys must not print 400,000 lines.
    public static let maxPerFile = 100

    /// What is said after a file's shown findings when `count` more were left out.
    public static func leftOutMessage(_ count: Int) -> String {
        "\(count) more finding\(count == 1 ? "" : "s") in this file left out; fix these first"
    }

    /// The text form; `line(file, number)` gives a source line, or nil when unavailable.
    public static func text(_ diagnostics: [Diagnostic], line: (String, Int) -> String?) -> String {
        var output = ""
        for (diagnostic, leftOut) in bounded(diagnostics) {
            let location = diagnostic.location
            let file = TextSanitiser.singleLine(location.file)
            output += "\(file):\(location.line):\(location.column): \(diagnostic.severity.rawValue): "
                + "\(TextSanitiser.singleLine(diagnostic.message)) [\(diagnostic.rule)]\n"
            if let source = line(location.file, location.line) {
                output += excerpt(of: source, at: location.column)
            }
            if leftOut > 0 { output += "\(file): \(leftOutMessage(leftOut))\n" }
        }
        return output
    }

    /// The source line around `column` (1-based) and a caret under it: a window of at
    /// most `maxSourceWidth` characters, so a hostile file cannot flood the terminal, and
    /// only the window is ever copied out of the line. Tabs show as spaces and controls as
    /// `?`, one column each, so the caret stays under its character.
    private static func excerpt(of source: String, at column: Int) -> String {
        let width = maxSourceWidth
        let target = max(0, column - 1)
        let skip = max(0, target - width / 2 - width)
        let capacity = 2 * width + width / 2
        var scalars = source.unicodeScalars.dropFirst(skip).makeIterator()
        var buffer: [Unicode.Scalar] = []
        buffer.reserveCapacity(capacity)
        while buffer.count < capacity, let scalar = scalars.next() { buffer.append(scalar) }
        let count = scalars.next() == nil ? skip + buffer.count : Int.max
        let start = max(skip, min(target - width / 2, count - width))
        let end = min(count, start + width)
        let window = buffer[(start - skip)..<max(start - skip, end - skip)]
        let printable = String(String.UnicodeScalarView(window.map { scalar -> Unicode.Scalar in
            if scalar == "\t" { return " " }
            return TextSanitiser.isControl(scalar) || scalar == "\r" ? "?" : scalar
        }))
        let marked = start > 0 ? 1 : 0
        return "  \(start > 0 ? "…" : "")\(printable)\(end < count ? "…" : "")\n"
            + "  " + String(repeating: " ", count: max(0, target - start + marked)) + "^\n"
    }

    /// The JSON form: an array of `{file, line, column, severity, rule, message}`; the
    /// last entry shown for a file that has more than `maxPerFile` findings also has
    /// `leftOut`, the number of that file's findings left out after it.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Entry: Encodable {
            let file: String
            let line: Int
            let column: Int
            let severity: String
            let rule: String
            let message: String
            let leftOut: Int?
        }
        let entries = bounded(diagnostics).map { diagnostic, leftOut in
            Entry(
                file: TextSanitiser.singleLine(diagnostic.location.file), line: diagnostic.location.line,
                column: diagnostic.location.column, severity: diagnostic.severity.rawValue, rule: diagnostic.rule,
                message: TextSanitiser.singleLine(diagnostic.message), leftOut: leftOut > 0 ? leftOut : nil)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The first `maxPerFile` diagnostics of each file, in the order given, each with the
    /// number of its file's diagnostics left out after it (non-zero only on a file's last
    /// shown one).
    static func bounded(_ diagnostics: [Diagnostic]) -> [(diagnostic: Diagnostic, leftOut: Int)] {
        var totals: [String: Int] = [:]
        for diagnostic in diagnostics { totals[diagnostic.location.file, default: 0] += 1 }
        var shown: [String: Int] = [:]
        var result: [(diagnostic: Diagnostic, leftOut: Int)] = []
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            let position = shown[file, default: 0]
            guard position < maxPerFile else { continue }
            shown[file] = position + 1
            let total = totals[file]!
            let isLastShown = position + 1 == min(total, maxPerFile)
            result.append((diagnostic, isLastShown ? total - (position + 1) : 0))
        }
        return result
    }
}
