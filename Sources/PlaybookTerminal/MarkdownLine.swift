/// One source line and the block it could start, so the block parser reads as structure
/// rather than character fiddling. Lines hold no tabs: sanitising expanded them.
struct MarkdownLine {
    /// A code fence: which character, how many, and the indentation to remove from its lines.
    struct Fence {
        var character: Character
        var length: Int
        var indent: Int
    }

    /// The start of a list item.
    struct ListItem {
        /// How the item is marked.
        var marker: MarkdownList.Marker
        /// The number written, for ordered items.
        var number: Int
        /// The column where the item's content starts; continuation lines indented this
        /// far belong to the item.
        var contentIndent: Int
        /// The text after the marker.
        var content: String
    }

    /// The whole line.
    let text: String
    /// Leading spaces.
    let indent: Int
    /// The line after its leading spaces.
    let content: Substring

    /// The line `text`, its indentation measured.
    init(_ text: String) {
        self.text = text
        content = text.drop { $0 == " " }
        indent = text.count - content.count
    }

    /// Whether the line holds only spaces.
    var isBlank: Bool { content.allSatisfy { $0 == " " } }

    /// The line with up to `count` leading spaces removed.
    func droppingIndent(_ count: Int) -> String {
        String(text.dropFirst(min(count, indent)))
    }

    /// The fence this line opens, if it is one: three or more backticks or tildes
    /// (a backtick fence's info string may not hold backticks).
    var openingFence: Fence? {
        guard let first = content.first, first == "`" || first == "~" else { return nil }
        let length = content.prefix { $0 == first }.count
        guard length >= 3 else { return nil }
        if first == "`", content.dropFirst(length).contains("`") { return nil }
        return Fence(character: first, length: length, indent: indent)
    }

    /// Whether this line closes `fence`.
    func closes(_ fence: Fence) -> Bool {
        let length = content.prefix { $0 == fence.character }.count
        return length >= fence.length && content.dropFirst(length).allSatisfy { $0 == " " }
    }

    /// The level and text of an ATX heading (`#` to `######` and a space), its closing
    /// `#`s removed.
    var heading: (level: Int, text: String)? {
        let level = content.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = content.dropFirst(level)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces()
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing == text.count || text.dropLast(closing).last == " " {
            text = text.dropLast(closing).trimmingSpaces()
        }
        return (level, String(text))
    }

    /// Whether the line is a horizontal rule: three or more `-`, `*` or `_`, spaces allowed.
    var isRule: Bool {
        guard let first = content.first, "-*_".contains(first) else { return false }
        let marks = content.filter { $0 != " " }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// The heading level a setext underline (`===` or `---`) gives the paragraph above it.
    var setextLevel: Int? {
        let trimmed = content.trimmingSpaces()
        guard let first = trimmed.first, first == "=" || first == "-" else { return nil }
        guard trimmed.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    /// The text after `>` and one optional space, if this is a block quote line.
    var quoteContent: String? {
        guard content.first == ">" else { return nil }
        let rest = content.dropFirst()
        return String(rest.first == " " ? rest.dropFirst() : rest)
    }

    /// The list item this line starts, if any: `-`, `*` or `+`, or up to nine digits and
    /// `.` or `)`, followed by a space or the end of the line.
    var listItem: ListItem? {
        guard let first = content.first else { return nil }
        let marker: MarkdownList.Marker
        let markerWidth: Int
        var number = 0
        if "-*+".contains(first) {
            marker = .bullet
            markerWidth = 1
        } else {
            let digits = content.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), let value = Int(digits) else { return nil }
            let after = content.dropFirst(digits.count)
            guard let delimiter = after.first, delimiter == "." || delimiter == ")" else { return nil }
            number = value
            marker = .ordered(start: value, delimiter: delimiter)
            markerWidth = digits.count + 1
        }
        let rest = content.dropFirst(markerWidth)
        guard rest.isEmpty || rest.first == " " else { return nil }
        let spaces = rest.prefix { $0 == " " }.count
        let isEmpty = spaces == rest.count
        let gap = isEmpty || spaces > 4 ? 1 : spaces
        return ListItem(
            marker: marker, number: number, contentIndent: indent + markerWidth + gap,
            content: String(rest.dropFirst(min(gap, spaces))))
    }

    /// Whether this line starts a code fence, heading or rule, which end a paragraph above it.
    var startsLeafBlock: Bool {
        openingFence != nil || heading != nil || isRule
    }

    /// Whether this line starts a quote or list that ends a paragraph above it. A numbered
    /// item does so only when it is numbered 1, so a sentence that wraps before a year
    /// ("… in\n2024. Then …") stays a sentence.
    var startsContainer: Bool {
        if quoteContent != nil { return true }
        guard let item = listItem, !MarkdownLine(item.content).isBlank else { return false }
        return item.marker == .bullet || item.number == 1
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> SubSequence {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
