import Foundation

/// Puts text into a Markdown report without letting it change the report's structure:
/// no headings, lists, quotes, tables, code blocks, raw HTML or links can start inside
/// an answer or a note. Escapes go only where Markdown would misread the text, so that
/// the report also reads well pasted as plain text. Emphasis and code spans are left
/// alone, since playbook text uses them and they cannot break anything.
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

    /// `text` on one line for a table cell: as `inline`, with `|` escaped as well, since
    /// it would end the cell.
    static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// One line with an escape only where Markdown would really read a construct into
    /// it: a heading, list, quote, rule, fence or setext underline at its start, a link,
    /// raw HTML, an autolink, an entity or a backslash escape inside it. Everything else
    /// stays as written, so that the report still reads well as plain text (an answer of
    /// "+31 20", "#1" or "C:\Users" is not touched). `SessionReport.leftOut` stays as
    /// written, since no link can be defined for it.
    static func escape(_ line: String) -> String {
        var result = line.components(separatedBy: SessionReport.leftOut).map(escapeCharacters)
            .joined(separator: SessionReport.leftOut)
        if startsBlock(result) {
            result = "\\" + result
        }
        let digits = result.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, digits.count < result.count {
            let marker = result.index(result.startIndex, offsetBy: digits.count)
            let after = result.index(after: marker)
            if result[marker] == "." || result[marker] == ")", after == result.endIndex || result[after] == " " || result[after] == "\t" {
                result.insert("\\", at: marker)
            }
        }
        return result
    }

    /// Whether a line starting with `line` would start a block other than a paragraph.
    private static func startsBlock(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        let rest = line.dropFirst()
        let spaceAfter = rest.first.map { $0 == " " || $0 == "\t" } ?? true
        switch first {
        case ">": return true
        case "#":
            let hashes = line.prefix { $0 == "#" }
            let after = line.dropFirst(hashes.count).first
            return hashes.count <= 6 && (after == nil || after == " " || after == "\t")
        case "-", "+", "*":
            return spaceAfter || isRule(line)
        case "_": return isRule(line)
        case "=": return line.allSatisfy { $0 == "=" || $0 == " " }
        case "`", "~": return line.hasPrefix(String(repeating: first, count: 3))
        default: return false
        }
    }

    /// Whether `line` is a thematic break: three or more `-`, `*` or `_`, and spaces.
    private static func isRule(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        let marks = line.filter { $0 != " " && $0 != "\t" }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
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

    /// `text` with the characters escaped that would start a construct where they stand:
    /// a backslash before punctuation or at the end, `<` opening a tag or an autolink,
    /// `[` opening a link or a reference, `&` opening an entity.
    private static func escapeCharacters(_ text: String) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "\\" where next.map { $0.isASCII && ($0.isPunctuation || $0.isSymbol) } ?? true:
                result += "\\\\"
            case "<" where next.map { ($0.isASCII && $0.isLetter) || "/!?".contains($0) } ?? false:
                result += "\\<"
            case "[" where opensLink(characters, at: index):
                result += "\\["
            case "&" where opensEntity(characters, at: index):
                result += "\\&"
            default:
                result.append(character)
            }
        }
        return result
    }

    /// Whether the `[` at `index` is followed by `](`, `][` or `]:`, as a link, an image
    /// or a reference would be.
    private static func opensLink(_ characters: [Character], at index: Int) -> Bool {
        var position = index + 1
        while position + 1 < characters.count {
            if characters[position] == "]", "([:".contains(characters[position + 1]) { return true }
            position += 1
        }
        return false
    }

    /// Whether the `&` at `index` starts an entity such as `&amp;` or `&#65;`.
    private static func opensEntity(_ characters: [Character], at index: Int) -> Bool {
        var position = index + 1
        if position < characters.count, characters[position] == "#" { position += 1 }
        let start = position
        while position < characters.count, characters[position].isASCII, characters[position].isLetter || characters[position].isNumber {
            position += 1
        }
        return position > start && position < characters.count && characters[position] == ";"
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
