/// One lexical unit of an expression, with its extent so that errors can point at it.
struct ExpressionToken: Hashable, Sendable {
    /// Punctuation and comparison symbols.
    enum Symbol: String, Hashable, Sendable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case openParenthesis = "("
        case closeParenthesis = ")"
        case openBracket = "["
        case closeBracket = "]"
        case comma = ","
        /// `}}`, only inside a template placeholder.
        case closePlaceholder = "}}"
    }

    /// What the token is.
    enum Kind: Hashable, Sendable {
        /// An identifier or dotted path; keywords are one-segment names.
        case name([String])
        case number(Double)
        case string(String)
        case symbol(Symbol)
        /// The end of the source.
        case end
    }

    var kind: Kind
    /// The 0-based code-point offset of the first character.
    var offset: Int
    /// The offset just past the last character.
    var end: Int
    /// The source text, shortened for messages.
    var text: String

    /// The token as named in a message: `'=='`, `'site-url'` or "the end".
    var quoted: String {
        kind == .end ? "the end" : "'\(text)'"
    }

    /// The keyword this token spells, if it is a one-segment name that is reserved.
    var keyword: String? {
        guard case .name(let path) = kind, path.count == 1, Self.keywords.contains(path[0]) else { return nil }
        return path[0]
    }

    /// Words that cannot be step ids.
    static let keywords: Set<String> = ["true", "false", "null", "and", "or", "not", "in", "contains"]
}
