/// What a test case expects; every expectation is optional, and each keeps where it is
/// written so that a failure points at it.
public struct TestExpectations: Hashable, Sendable {
    /// The steps visited, in order: step ids of the playbook under test, `<playbook>#<step>` for others.
    public var path: TestExpectation<[String]>?
    /// The end step reached, written like a path entry.
    public var end: TestExpectation<String>?
    /// The outcome of that end.
    public var outcome: TestExpectation<EndOutcome>?
    /// The ids of the checklist items offered on the way (order and repeats do not matter).
    public var checklist: TestExpectation<[String]>?
    /// The services referred to at the end (order does not matter).
    public var refer: TestExpectation<[String]>?
    /// The organisation listed first for the end, for the person the answers describe.
    public var firstReferral: TestExpectation<String>?
    /// Organisations that must not be among those shown for the end.
    public var notReferred: TestExpectation<[String]>?

    /// Creates expectations.
    public init(
        path: TestExpectation<[String]>? = nil, end: TestExpectation<String>? = nil,
        outcome: TestExpectation<EndOutcome>? = nil, checklist: TestExpectation<[String]>? = nil,
        refer: TestExpectation<[String]>? = nil
    ) {
        self.path = path
        self.end = end
        self.outcome = outcome
        self.checklist = checklist
        self.refer = refer
    }
}

/// One expected value and where it is written.
public struct TestExpectation<Expected: Hashable & Sendable>: Hashable, Sendable {
    /// The value expected.
    public var value: Expected
    /// Where it is written (the value's node).
    public var location: SourceLocation

    /// Creates an expectation.
    public init(_ value: Expected, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
