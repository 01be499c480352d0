/// Lays inline runs out in lines of at most `width` characters, counting what is shown
/// rather than the escape sequences around it. Lines break only at spaces; a word or URL
/// longer than the width gets a line of its own rather than being cut.
enum InlineWrapper {
    private struct Segment {
        var text: String
        var attributes: InlineRun.Attributes
    }

    private struct Word {
        var segments: [Segment] = []
        var width = 0

        mutating func append(_ text: String, _ attributes: InlineRun.Attributes) {
            if let last = segments.last, last.attributes == attributes {
                segments[segments.count - 1].text += text
            } else {
                segments.append(Segment(text: text, attributes: attributes))
            }
            width += text.count
        }
    }

    /// `runs` wrapped to `width` and styled with `style`.
    static func wrap(_ runs: [InlineRun], width: Int, style: TerminalStyle) -> [String] {
        var lines: [Word] = []
        var line = Word()
        var word = Word()
        func placeWord() {
            guard let first = word.segments.first else { return }
            if line.width > 0, line.width + 1 + word.width > width {
                lines.append(line)
                line = Word()
            }
            if let last = line.segments.last {
                line.append(" ", last.attributes.intersection(first.attributes))
            }
            for segment in word.segments {
                line.append(segment.text, segment.attributes)
            }
            word = Word()
        }
        for run in runs {
            switch run {
            case .text(let text, let attributes):
                var pending = ""
                for character in text {
                    if character == " " {
                        if !pending.isEmpty { word.append(pending, attributes) }
                        pending = ""
                        placeWord()
                    } else {
                        pending.append(character)
                    }
                }
                if !pending.isEmpty { word.append(pending, attributes) }
            case .unbreakable(let text, let attributes):
                word.append(text, attributes)
            case .lineBreak:
                placeWord()
                lines.append(line)
                line = Word()
            }
        }
        placeWord()
        if !line.segments.isEmpty { lines.append(line) }
        return lines.map { line in
            line.segments.map { styled($0, style) }.joined()
        }
    }

    private static func styled(_ segment: Segment, _ style: TerminalStyle) -> String {
        var text = segment.text
        if segment.attributes.contains(.bold) { text = style.bold(text) }
        if segment.attributes.contains(.italic) { text = style.italic(text) }
        return text
    }
}
