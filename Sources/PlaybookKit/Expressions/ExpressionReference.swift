/// A place where an expression reads an answer or an action output, kept so that lint can
/// check that every step id it names exists and runs before it.
public struct ExpressionReference: Hashable, Sendable {
    /// The dotted path as written: `["check", "score"]` for `check.score`.
    public var path: [String]
    /// The 0-based code-point offset of the path's first character.
    public var offset: Int

    /// Creates a reference.
    public init(path: [String], offset: Int) {
        self.path = path
        self.offset = offset
    }
}
