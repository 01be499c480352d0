/// Turns Markdown blocks into terminal lines: text wrapped to the width left once list
/// markers and quote bars take their share, blocks apart by a blank line.
struct MarkdownLayout {
    /// Emphasis, when the terminal allows it.
    let style: TerminalStyle

    /// The lines for `blocks` within `width` columns; a tight list's items keep their
    /// blocks together without blank lines.
    func lines(for blocks: [MarkdownBlock], width: Int, tight: Bool = false) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        for block in blocks {
            let blockLines = self.lines(for: block, width: width)
            guard !blockLines.isEmpty else { continue }
            if !lines.isEmpty, !tight { lines.append("") }
            lines += blockLines
        }
        return lines
    }

    private func lines(for block: MarkdownBlock, width: Int) -> [String] {
        switch block {
        case .paragraph(let text):
            InlineWrapper.wrap(InlineParser.parse(text), width: width, style: style)
        case .heading(let level, let text):
            heading(level: level, text: text, width: width)
        case .list(let list):
            self.list(list, width: width)
        case .quote(let blocks):
            lines(for: blocks, width: width - 2).map { $0.isEmpty ? style.dim("│") : style.dim("│") + " " + $0 }
        case .code(let code):
            code.map { $0.isEmpty ? "" : "    " + $0 }
        case .rule:
            [String(repeating: "─", count: width)]
        }
    }

    /// A heading in bold; without styling, levels 1 and 2 are underlined instead so they
    /// still stand out.
    private func heading(level: Int, text: String, width: Int) -> [String] {
        let runs = InlineParser.parse(text).map { $0.adding(.bold) }
        let lines = InlineWrapper.wrap(runs, width: width, style: style)
        guard !style.enabled, level <= 2, let longest = lines.map(\.count).max(), longest > 0 else { return lines }
        return lines + [String(repeating: level == 1 ? "=" : "-", count: min(longest, width))]
    }

    /// Items after their bullet or number, continuation lines indented under the text
    /// (a hanging indent); numbers are right-aligned so the texts line up.
    private func list(_ list: MarkdownList, width: Int) -> [String] {
        let markers: [String] = list.items.indices.map { index in
            switch list.marker {
            case .bullet: "•"
            case .ordered(let start, let delimiter): "\(start + index)\(delimiter)"
            }
        }
        let markerWidth = markers.map(\.count).max() ?? 0
        let hanging = String(repeating: " ", count: markerWidth + 1)
        var lines: [String] = []
        for (item, marker) in zip(list.items, markers) {
            if list.isLoose, !lines.isEmpty { lines.append("") }
            let padded = String(repeating: " ", count: markerWidth - marker.count) + marker
            let body = self.lines(for: item, width: width - hanging.count, tight: !list.isLoose)
            guard let first = body.first else {
                lines.append(padded)
                continue
            }
            lines.append(padded + " " + first)
            lines += body.dropFirst().map { $0.isEmpty ? "" : hanging + $0 }
        }
        return lines
    }
}
