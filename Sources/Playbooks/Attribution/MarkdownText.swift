/// Text from sessions (file names, header values, list names) placed in a Markdown
/// report so that it reads as written and cannot add links, headings or table cells.
enum MarkdownText {
    /// `text` as an inline code span, on one line; code spans are never turned into
    /// links. In a table cell a `|` must be escaped even inside code.
    static func code(_ text: String, inTable: Bool = false) -> String {
        let line = inTable ? oneLine(text).replacing("|", with: "\\|") : oneLine(text)
        var longestRun = 0
        var run = 0
        for character in line {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padding = line.hasPrefix("`") || line.hasSuffix("`") ? " " : ""
        return fence + padding + line + padding + fence
    }

    /// `text` on one line with the punctuation escaped that means something inside a
    /// Markdown line (emphasis, links, code, HTML, table cells); for use after a line's start.
    static func plain(_ text: String) -> String {
        var result = ""
        for character in oneLine(text) {
            if "\\`*_[]<>|~".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
