import PlaybookKit

/// Shows the Markdown that responders write in playbooks (`say`, `ask`, checklist items,
/// option labels) readably in a terminal, for someone under stress: wrapped to the width,
/// link targets always visible, and nothing in the text able to drive the terminal.
///
/// The subset: paragraphs, `#` headings (and `===`/`---` underlines), `*emphasis*`,
/// `**strong**`, `` `code` ``, `[links](url)`, `<autolinks>`, `-`/`*`/`+` and `1.` lists
/// nested by indentation, `>` quotes, fenced code blocks, `---` rules, backslash escapes
/// and hard line breaks. Anything else is shown as written.
public enum TerminalMarkdown {
    /// `markdown` laid out for a terminal `width` columns wide, each line prefixed with
    /// `indent` (blank lines stay empty). No line is wider than `width` unless one word
    /// or URL is; code blocks keep their lines as written. The result has no final line
    /// break, and escape sequences only from `style`.
    public static func render(_ markdown: String, width: Int, style: TerminalStyle, indent: String = "") -> String {
        let indent = sanitise(indent).filter { $0 != "\n" }
        let blocks = MarkdownBlockParser.parse(sanitise(markdown))
        let lines = MarkdownLayout(style: style).lines(for: blocks, width: width - indent.count)
        return lines.map { $0.isEmpty ? "" : indent + $0 }.joined(separator: "\n")
    }

    /// `text` as `TextSanitiser.clean` leaves it (no control characters, escape
    /// sequences or bidi controls; `\r\n` and `\r` become `\n`), with tabs expanded to
    /// spaces up to the next multiple of 4 columns, since a terminal's own tab stops would
    /// break the wrapping.
    public static func sanitise(_ text: String) -> String {
        let cleaned = TextSanitiser.clean(text)
        guard cleaned.utf8.contains(UInt8(ascii: "\t")) else { return cleaned }
        var output = String.UnicodeScalarView()
        var column = 0
        for scalar in cleaned.unicodeScalars {
            switch scalar {
            case "\t":
                let spaces = tabStop - column % tabStop
                output.append(contentsOf: repeatElement(" ", count: spaces))
                column += spaces
            case "\n":
                output.append(scalar)
                column = 0
            default:
                output.append(scalar)
                column += 1
            }
        }
        return String(output)
    }

    /// Columns between tab stops.
    private static let tabStop = 4
}
