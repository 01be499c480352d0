import Foundation

/// Puts text into an HTML report as text, never as markup: everything is escaped, and
/// the only tags that appear are the few this type writes itself (`strong`, `code`,
/// `br`, `p` and, for web addresses only, `a`).
enum HTMLText {
    /// `text` with the five characters that matter in HTML, in content and in quoted
    /// attributes, replaced by entities.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Whether `address` is an `http` or `https` address, the only kind a report links to.
    static func isWebAddress(_ address: String) -> Bool {
        let lowered = address.lowercased()
        return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://")) && !address.contains(where: \.isWhitespace)
    }

    /// A link to `address` showing `label`, or just the label when the address is not
    /// a web address. A link showing its own address is marked `bare`, so that print
    /// does not repeat the address after it.
    static func link(_ address: String, label: String) -> String {
        guard isWebAddress(address) else { return escape(label) }
        let bare = label == address ? " class=\"bare\"" : ""
        return "<a href=\"\(escape(address))\"\(bare)>\(escape(label))</a>"
    }

    /// One line of text with `**strong**` and `` `code` `` shown as such; with
    /// `markdown`, also backslash escapes and `[label](https://…)` links, as a facet's
    /// Markdown uses them.
    /// Where the single `*` closing an emphasis opened at `start` stands: a `*` right
    /// after a character that is not a space, and not part of `**`.
    private static func emphasisEnd(in characters: [Character], after start: Int) -> Int? {
        var position = start + 2
        while position < characters.count {
            if characters[position] == "*" {
                let doubled = position + 1 < characters.count && characters[position + 1] == "*"
                if !doubled, !characters[position - 1].isWhitespace { return position }
                if doubled { position += 1 }
            }
            position += 1
        }
        return nil
    }

    static func inline(_ text: String, markdown: Bool = false) -> String {
        let characters = Array(text)
        var result = ""
        var strong = false
        var index = 0
        func closes(_ marker: [Character], from start: Int) -> Int? {
            var position = start
            while position + marker.count <= characters.count {
                if Array(characters[position..<position + marker.count]) == marker { return position }
                position += 1
            }
            return nil
        }
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if markdown, character == "\\", let next, next.isASCII, next.isPunctuation || next.isSymbol {
                result += escape(String(next))
                index += 2
            } else if character == "`", let end = closes(["`"], from: index + 1) {
                result += "<code>" + escape(String(characters[index + 1..<end])) + "</code>"
                index = end + 1
            } else if character == "*", next == "*", strong || closes(["*", "*"], from: index + 2) != nil {
                result += strong ? "</strong>" : "<strong>"
                strong.toggle()
                index += 2
            } else if character == "*", let next, next != "*", !next.isWhitespace, let end = emphasisEnd(in: characters, after: index) {
                // Single-star emphasis, as the terminal shows it: `*word*`, never `2 * 3`.
                result += "<em>" + inline(String(characters[index + 1..<end]), markdown: markdown) + "</em>"
                index = end + 1
            } else if markdown, character == "[", let (label, address, end) = link(in: characters, at: index) {
                result += isWebAddress(address) ? "<a href=\"\(escape(address))\">\(escape(label))</a>" : escape(label)
                index = end
            } else {
                result += escape(String(character))
                index += 1
            }
        }
        if strong { result += "</strong>" }
        return result
    }

    /// Text as paragraphs: blank lines separate paragraphs, single line breaks are kept.
    static func paragraphs(_ text: String) -> String {
        var output: [String] = []
        var lines: [String] = []
        func flush() {
            if !lines.isEmpty { output.append("<p>" + lines.map { inline($0) }.joined(separator: "<br>\n") + "</p>") }
            lines = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { flush() } else { lines.append(trimmed) }
        }
        flush()
        return output.joined(separator: "\n")
    }

    /// A `[label](address)` link starting at `start`: its label, address and the index after it.
    private static func link(in characters: [Character], at start: Int) -> (String, String, Int)? {
        guard let close = characters[start...].firstIndex(of: "]"), close + 1 < characters.count,
            characters[close + 1] == "(", let end = characters[(close + 2)...].firstIndex(of: ")")
        else { return nil }
        return (String(characters[start + 1..<close]), String(characters[close + 2..<end]), end + 1)
    }
}
