/// Reads the conditions of playbook routes. Expressions come from files a person may have
/// been sent by anyone, so the parser bounds what it accepts: a source of at most
/// `maxSourceLength` code points, nested at most `maxDepth` levels, read in one linear pass.
public enum ExpressionParser {
    /// The longest expression accepted, in code points; a real condition is one line.
    public static let maxSourceLength = 4_096
    /// The deepest nesting of parentheses, lists, calls and `not` accepted.
    public static let maxDepth = 64

    /// Built once: a route's condition is parsed for every route of every playbook.
    private static let tooLongMessage =
        "the expression is longer than \(maxSourceLength) characters; shorten it or split the decision across several steps"

    /// Parses `source`; errors carry the offset of the offending token in `source`.
    public static func parse(_ source: String) throws(ExpressionError) -> Expression {
        let lexer = ExpressionLexer(
            scalars: ExpressionLexer.scalars(of: source, limit: maxSourceLength),
            start: 0,
            limit: maxSourceLength,
            tooLongMessage: tooLongMessage,
            placeholderStart: nil)
        var reader = try ExpressionReader(lexer: lexer, maxDepth: maxDepth)
        return try reader.readSource()
    }
}
