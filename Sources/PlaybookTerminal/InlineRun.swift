/// A stretch of a paragraph's text with its emphasis, after Markdown markup is resolved:
/// what the wrapper lays out.
enum InlineRun: Equatable {
    /// Emphasis to show when the style allows it.
    struct Attributes: OptionSet, Hashable {
        let rawValue: Int
        /// From `**strong**`, and every heading.
        static let bold = Attributes(rawValue: 1)
        /// From `*emphasis*`.
        static let italic = Attributes(rawValue: 2)
    }

    /// Text that may wrap at its spaces.
    case text(String, Attributes)
    /// Text never split across lines, even where it holds spaces: a URL.
    case unbreakable(String, Attributes)
    /// A hard line break (a line ending in a backslash or two spaces).
    case lineBreak

    /// The run with `extra` emphasis added, as for a heading.
    func adding(_ extra: Attributes) -> InlineRun {
        switch self {
        case .text(let text, let attributes): .text(text, attributes.union(extra))
        case .unbreakable(let text, let attributes): .unbreakable(text, attributes.union(extra))
        case .lineBreak: .lineBreak
        }
    }

    /// The characters shown, without emphasis.
    var plainText: String {
        switch self {
        case .text(let text, _), .unbreakable(let text, _): text
        case .lineBreak: "\n"
        }
    }
}
