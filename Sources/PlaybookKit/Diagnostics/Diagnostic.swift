/// One finding about a source file: what is wrong, where, and under which rule, so
/// that it can be printed as `path:line:column: error: message [rule]` or as JSON.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// Whether the finding stops a playbook from being used.
    public enum Severity: String, Hashable, Sendable, Codable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// Where the problem is.
    public var location: SourceLocation
    /// Whether it is an error or a warning.
    public var severity: Severity
    /// A stable rule id such as `unknown-step`, so findings can be searched and documented.
    public var rule: String
    /// What is wrong and, where possible, what to do about it.
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ rule: String, _ message: String, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    /// Orders diagnostics by file, line and column, errors before warnings at one place.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            ($0.location, $0.severity, $0.rule, $0.message) < ($1.location, $1.severity, $1.rule, $1.message)
        }
    }
}
