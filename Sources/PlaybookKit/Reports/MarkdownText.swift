import Foundation

/// Puts text into a Markdown report without letting it change the report's structure:
/// no headings, lists, quotes, tables, code blocks, raw HTML or links can start inside
/// an answer or a note. Emphasis is left alone, since playbook text uses it and it
/// cannot break anything.
enum MarkdownText {
    /// `text` on one line, for a list item, a heading or a table cell.
    static func inline(_ text: String) -> String {
        escape(text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace }.filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// `text` keeping its lines (as hard line breaks) and paragraphs, every line after
    /// the first starting with `indent` so that it stays inside a list item.
    static func block(_ text: String, indent: String = "") -> String {
        var output: [String] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { output.append(paragraph.joined(separator: "\\\n" + indent)) }
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty { flush() } else { paragraph.append(escape(trimmed)) }
        }
        flush()
        return output.joined(separator: "\n\n" + indent)
    }

    /// A facet's Markdown placed under a heading of level `level`: its own headings
    /// pushed below that level, and raw HTML outside code shown as text.
    static func nested(_ markdown: String, below level: Int) -> String {
        var inFence = false
        return markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.trimmingWhitespace
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                return String(line)
            }
            if inFence { return String(line) }
            var text = escapeHTMLOutsideCode(String(line))
            if trimmed.hasPrefix("#") {
                let hashes = trimmed.prefix { $0 == "#" }.count
                let rest = trimmed.dropFirst(hashes)
                if hashes <= 6, rest.isEmpty || rest.first == " " {
                    text = String(repeating: "#", count: min(hashes + level, 6)) + escapeHTMLOutsideCode(String(rest))
                }
            }
            return text
        }.joined(separator: "\n")
    }

    /// One line with every character that could start a Markdown construct escaped;
    /// `SessionReport.leftOut` stays as written, since no link can be defined for it.
    static func escape(_ line: String) -> String {
        var result = line.components(separatedBy: SessionReport.leftOut).map(escapeCharacters)
            .joined(separator: SessionReport.leftOut)
        if let first = result.first, "#>-+*=_~".contains(first) {
            result = "\\" + result
        }
        let digits = result.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < result.count {
            let marker = result.index(result.startIndex, offsetBy: digits.count)
            if result[marker] == "." || result[marker] == ")" { result.insert("\\", at: marker) }
        }
        return result
    }

    /// A translation of `SessionReport.leftOut` for a redacted report, on one line: its
    /// brackets kept as written, as those of `[left out]` are, and every other character
    /// that could start markup escaped.
    static func marker(_ text: String) -> String {
        var result = ""
        for character in text.split(whereSeparator: \.isNewline).joined(separator: " ") {
            switch character {
            case "\\", "`", "<", "|": result += "\\\(character)"
            default: result.append(character)
            }
        }
        return result
    }

    private static func escapeCharacters(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "`", "[", "<", "|": result += "\\\(character)"
            default: result.append(character)
            }
        }
        return result
    }

    /// `<` escaped except inside inline code spans, which show it as written.
    private static func escapeHTMLOutsideCode(_ line: String) -> String {
        var result = ""
        var inCode = false
        for character in line {
            if character == "`" { inCode.toggle() }
            result += character == "<" && !inCode ? "\\<" : String(character)
        }
        return result
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingWhitespace: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
