/// A position in a source file, 1-based, counting columns in Unicode code points
/// (as libyaml does), so that `file:line:column` points where an editor would.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The path as the user gave it, so that messages name the file they know.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in code points.
    public var column: Int

    /// Creates a location; `line` and `column` are 1-based.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// This location moved right by `columns` code points on the same line; used to
    /// point inside a scalar, e.g. at the bad token of an expression.
    public func advanced(byColumns columns: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column + columns)
    }

    /// `file:line:column`, the form editors and terminals turn into links.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
