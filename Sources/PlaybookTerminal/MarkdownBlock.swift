/// One block of a Markdown document, the unit the terminal layout separates with blank lines.
indirect enum MarkdownBlock: Equatable {
    /// Running text, its source lines joined by "\n" and not yet parsed for emphasis or links.
    case paragraph(String)
    /// A heading of `level` 1 to 6.
    case heading(level: Int, text: String)
    /// A bulleted or numbered list.
    case list(MarkdownList)
    /// A block quote holding blocks of its own.
    case quote([MarkdownBlock])
    /// A fenced code block, its lines exactly as written.
    case code([String])
    /// A horizontal rule.
    case rule
}

/// A list's items and how they are marked; each item holds blocks of its own.
struct MarkdownList: Equatable {
    /// How items are marked.
    enum Marker: Equatable {
        /// `-`, `*` or `+`.
        case bullet
        /// `1.` or `1)`, numbered on from `start`.
        case ordered(start: Int, delimiter: Character)
    }

    /// How items are marked.
    var marker: Marker
    /// Whether blank lines separated the items, so they are shown apart too.
    var isLoose: Bool
    /// The items, each a list of blocks.
    var items: [[MarkdownBlock]]
}
