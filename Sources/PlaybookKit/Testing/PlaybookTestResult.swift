/// The result of one test case.
public struct PlaybookTestResult: Hashable, Sendable {
    /// The test file.
    public var file: String
    /// The case's name.
    public var name: String
    /// Where the case starts.
    public var location: SourceLocation
    /// Everything that did not hold; empty when the case passed.
    public var failures: [TestFailure]
    /// The state the run reached, for coverage; nil when the case did not run.
    public var state: SessionState?

    /// Creates a result.
    public init(file: String, name: String, location: SourceLocation, failures: [TestFailure], state: SessionState?) {
        self.file = file
        self.name = name
        self.location = location
        self.failures = failures
        self.state = state
    }

    /// Whether every expectation held.
    public var passed: Bool { failures.isEmpty }
}
