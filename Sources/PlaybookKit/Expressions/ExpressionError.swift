/// Why an expression or template could not be read or evaluated. The offset lets lint
/// point at the exact code point in the playbook; the message says what to change.
public struct ExpressionError: Error, Hashable, Sendable {
    /// The 0-based code-point offset of the offending token in the source that was parsed
    /// (the expression, or the whole template for template placeholders).
    public var offset: Int
    /// What is wrong and what to do about it.
    public var message: String

    /// Creates an error at `offset`.
    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}
