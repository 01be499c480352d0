import PlaybookKit

/// A problem in the deadline rules file, located so that whoever maintains the file can
/// go straight to it: `file:line:column: message`.
public struct DeadlineDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong and what to write instead.
    public var message: String

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:column: message`.
    public var description: String { "\(location): \(message)" }
}
