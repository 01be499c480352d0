/// Why a test case failed, located at what it concerns (usually the failing expectation).
public struct TestFailure: Hashable, Sendable {
    /// Where to look in the test file.
    public var location: SourceLocation
    /// What went wrong, for a person.
    public var message: String
    /// The expected path against the actual one, when the path is what differs.
    public var diff: PathDiff?

    /// Creates a failure.
    public init(at location: SourceLocation, _ message: String, diff: PathDiff? = nil) {
        self.location = location
        self.message = message
        self.diff = diff
    }
}
