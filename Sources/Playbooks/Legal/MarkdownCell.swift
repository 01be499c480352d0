/// Text as one cell of a Markdown table: a `|` would split the cell, a line break would
/// end the row, and raw HTML from a quoted message must show as text, not render.
enum MarkdownCell {
    /// `text` safe inside `| … |`.
    static func text(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "|": result += "\\|"
            case "\\": result += "\\\\"
            case "\n", "\r", "\r\n": result += "<br>"
            default: result.append(character)
            }
        }
        return result
    }

    /// A table with `header` and `rows`, every cell escaped.
    static func table(header: [String], rows: [[String]]) -> String {
        var lines = ["| " + header.map(text).joined(separator: " | ") + " |"]
        lines.append("|" + String(repeating: " --- |", count: header.count))
        for row in rows {
            lines.append("| " + row.map(text).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
