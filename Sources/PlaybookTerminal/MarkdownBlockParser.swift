/// Splits Markdown into blocks line by line; list items and quotes are parsed again on
/// their own lines. Nesting deeper than `maxDepth` is read as plain text, so a hostile
/// file cannot exhaust the stack.
enum MarkdownBlockParser {
    /// How many quotes and lists may nest.
    static let maxDepth = 16

    /// The blocks of sanitised Markdown `text`.
    static func parse(_ text: String) -> [MarkdownBlock] {
        parse(lines: text.split(separator: "\n", omittingEmptySubsequences: false).map { MarkdownLine(String($0)) }, depth: 0)
    }

    private static func parse(lines: [MarkdownLine], depth: Int) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var index = 0
        let nests = depth < maxDepth
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                index += 1
            } else if let fence = line.openingFence {
                var end = index + 1
                while end < lines.count, !lines[end].closes(fence) {
                    end += 1
                }
                blocks.append(.code(lines[(index + 1)..<min(end, lines.count)].map { $0.droppingIndent(fence.indent) }))
                index = end + 1
            } else if let heading = line.heading {
                blocks.append(.heading(level: heading.level, text: heading.text))
                index += 1
            } else if line.isRule {
                blocks.append(.rule)
                index += 1
            } else if nests, line.quoteContent != nil {
                let (quoted, end) = quoteLines(lines, from: index)
                blocks.append(.quote(parse(lines: quoted, depth: depth + 1)))
                index = end
            } else if nests, let item = line.listItem {
                let (list, end) = parseList(lines, from: index, first: item, depth: depth)
                blocks.append(.list(list))
                index = end
            } else {
                let (block, end) = parseParagraph(lines, from: index, nests: nests)
                blocks.append(block)
                index = end
            }
        }
        return blocks
    }

    /// A paragraph's lines up to a blank line or a line that starts another block; a
    /// setext underline turns them into a heading.
    private static func parseParagraph(_ lines: [MarkdownLine], from start: Int, nests: Bool) -> (MarkdownBlock, Int) {
        var text = [String(lines[start].content)]
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            if let level = line.setextLevel {
                return (.heading(level: level, text: text.joined(separator: "\n").trimmingSpaces().description), index + 1)
            }
            if line.isBlank || line.startsLeafBlock || (nests && line.startsContainer) {
                break
            }
            text.append(String(line.content))
            index += 1
        }
        return (.paragraph(text.joined(separator: "\n")), index)
    }

    /// The lines of a block quote without their `>`, with lazy continuation lines (a
    /// paragraph's next line written without `>`).
    private static func quoteLines(_ lines: [MarkdownLine], from start: Int) -> ([MarkdownLine], Int) {
        var quoted: [MarkdownLine] = []
        var index = start
        while index < lines.count {
            let line = lines[index]
            if let content = line.quoteContent {
                quoted.append(MarkdownLine(content))
            } else if let last = quoted.last, continuesLazily(line, after: last) {
                quoted.append(line)
            } else {
                break
            }
            index += 1
        }
        return (quoted, index)
    }

    /// A list's items from `start`: following lines indented at least to the item's
    /// content (or two spaces past its marker, as people often nest) belong to the item;
    /// a line with a marker further left starts the next item.
    private static func parseList(
        _ lines: [MarkdownLine], from start: Int, first: MarkdownLine.ListItem, depth: Int
    ) -> (MarkdownList, Int) {
        var items: [[MarkdownBlock]] = []
        var isLoose = false
        var index = start
        var item = first
        while true {
            let markerIndent = lines[index].indent
            let threshold = min(item.contentIndent, markerIndent + 2)
            var body = [MarkdownLine(item.content)]
            index += 1
            var next: MarkdownLine.ListItem?
            while index < lines.count {
                let line = lines[index]
                if line.isBlank {
                    let following = lines[index...].firstIndex { !$0.isBlank } ?? lines.count
                    guard following < lines.count else {
                        index = following
                        break
                    }
                    let after = lines[following]
                    if after.indent >= threshold {
                        body += Array(repeating: MarkdownLine(""), count: following - index)
                        index = following
                        continue
                    }
                    if let sibling = after.listItem, sameKind(sibling.marker, first.marker) {
                        isLoose = true
                        next = sibling
                        index = following
                    }
                    break
                }
                if line.indent >= threshold {
                    body.append(MarkdownLine(line.droppingIndent(item.contentIndent)))
                } else if let sibling = line.listItem, sameKind(sibling.marker, first.marker) {
                    next = sibling
                    break
                } else if let last = body.last, continuesLazily(line, after: last) {
                    body.append(line)
                } else {
                    break
                }
                index += 1
            }
            let blocks = parse(lines: body, depth: depth + 1)
            if body.contains(where: \.isBlank), blocks.count > 1 {
                isLoose = true
            }
            items.append(blocks)
            guard let sibling = next else { break }
            item = sibling
        }
        return (MarkdownList(marker: first.marker, isLoose: isLoose, items: items), index)
    }

    /// Whether `line`, not marked as part of a container, still continues the paragraph
    /// that `last` ends.
    private static func continuesLazily(_ line: MarkdownLine, after last: MarkdownLine) -> Bool {
        !line.isBlank && !last.isBlank && !line.startsLeafBlock && !line.startsContainer && line.listItem == nil
            && last.openingFence == nil
    }

    /// Whether two markers belong to one list: bullets with bullets, numbers with numbers.
    private static func sameKind(_ one: MarkdownList.Marker, _ other: MarkdownList.Marker) -> Bool {
        switch (one, other) {
        case (.bullet, .bullet), (.ordered, .ordered): true
        default: false
        }
    }
}
