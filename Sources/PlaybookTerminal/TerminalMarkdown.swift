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

    /// Removes control characters and escape sequences (ESC [ ... sequences, OSC ... BEL/ST, C0 and C1 controls other than newline and tab; tabs become spaces) so text from a playbook can never drive the terminal.
    ///
    /// Line breaks (`\r\n`, `\r`) become `\n`; tabs become spaces up to the next multiple
    /// of 4 columns; Unicode bidirectional overrides and isolates are removed too, since
    /// they can make a URL read differently from where it leads.
    public static func sanitise(_ text: String) -> String {
        ControlSequenceFilter.filter(text)
    }
}
