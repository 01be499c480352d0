/// Fits text to a terminal width: words wrapped, long lines cut with an ellipsis. Text
/// often comes from playbooks, so control characters and escape sequences are removed
/// first: nothing wrapped here can drive the terminal.
public enum TextWrapper {
    /// `text` wrapped to `width` columns; the first line starts with `firstIndent`
    /// (default `indent`), the others with `indent`. Existing line breaks stay.
    public static func wrap(_ text: String, width: Int = 80, indent: String = "", firstIndent: String? = nil) -> String {
        var lines: [String] = []
        for paragraph in TerminalMarkdown.sanitise(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = lines.isEmpty ? (firstIndent ?? indent) : indent
            var lineHasWords = false
            for word in paragraph.split(separator: " ") {
                if lineHasWords, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = indent
                    lineHasWords = false
                }
                line += lineHasWords ? " " + word : String(word)
                lineHasWords = true
            }
            lines.append(line)
        }
        return lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// `line` cut to `width` characters with an ellipsis.
    public static func truncate(_ line: String, to width: Int) -> String {
        let line = TerminalMarkdown.sanitise(line).filter { $0 != "\n" }
        return line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }
}
