/// One case of a playbook test: the answers, the stubbed actions, and what must happen.
public struct PlaybookTestCase: Hashable, Sendable {
    /// What the case shows, as its author named it.
    public var name: String
    /// Where the case starts in its file.
    public var location: SourceLocation
    /// The answers, exactly as `playbook run --answers` takes them.
    public var answers: AnswerScript
    /// Outputs for action steps that are not to run.
    public var stubs: ActionStubs
    /// What must happen.
    public var expectations: TestExpectations
    /// Problems found while reading the case; a case with any fails without running.
    public var problems: [Diagnostic]

    /// Creates a case.
    public init(
        name: String, location: SourceLocation, answers: AnswerScript, stubs: ActionStubs,
        expectations: TestExpectations, problems: [Diagnostic] = []
    ) {
        self.name = name
        self.location = location
        self.answers = answers
        self.stubs = stubs
        self.expectations = expectations
        self.problems = problems
    }
}
