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
    ///
    /// With `authored`, `text` is a playbook's own Markdown (a `say`, placeholders filled
    /// in): its source line breaks are soft, as in the playbook, so a paragraph reads as
    /// one, and its `-`, `*`, `+` and `1.` lists stay lists. Every line start is still
    /// checked, so a placeholder's value cannot start a heading, quote, rule, fence or
    /// raw HTML.
    static func block(_ text: String, indent: String = "", authored: Bool = false) -> String {
        var output: [String] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { output.append(paragraph.joined(separator: (authored ? "\n" : "\\\n") + indent)) }
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty {
                flush()
            } else if authored, let marker = listMarker(trimmed) {
                paragraph.append(marker + escape(String(trimmed.dropFirst(marker.count))))
            } else {
                paragraph.append(escape(trimmed))
            }
        }
        flush()
        return output.joined(separator: "\n\n" + indent)
    }

    /// The list marker `line` starts with (`- `, `* `, `+ `, `1. `, `1) `), when it starts
    /// a list item and not a rule.
    private static func listMarker(_ line: String) -> String? {
        if isRule(line) { return nil }
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) { return marker }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return String(digits) + String(rest.prefix(2))
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
            case "<" where opensTag(characters, at: index):
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

    /// Whether the `<` at `index` could open a tag or an autolink (`<b>`, `</p>`,
    /// `<!--`, `<name@example.org>`, `<https://…>`): a letter, a digit or `/`, `!`, `?`
    /// after it, and a `>` later on the line, or the line's start (where an HTML block
    /// needs no `>`). "a < b" and "<3" stay as written.
    private static func opensTag(_ characters: [Character], at index: Int) -> Bool {
        guard index + 1 < characters.count else { return false }
        let next = characters[index + 1]
        guard (next.isASCII && (next.isLetter || next.isNumber)) || "/!?".contains(next) else { return false }
        return index == 0 || characters[(index + 1)...].contains(">")
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
