/// A playbook test file (`<playbook-id>.test.yaml`, see docs/playbook-tests.md): cases
/// that walk one playbook with given answers and say what must happen.
public struct PlaybookTestFile: Hashable, Sendable {
    /// The file's path as found or given.
    public var path: String
    /// The id of the playbook under test.
    public var playbook: String
    /// Where the playbook id is written.
    public var playbookLocation: SourceLocation
    /// The cases in file order.
    public var cases: [PlaybookTestCase]

    /// Creates a test file.
    public init(path: String, playbook: String, playbookLocation: SourceLocation, cases: [PlaybookTestCase]) {
        self.path = path
        self.playbook = playbook
        self.playbookLocation = playbookLocation
        self.cases = cases
    }
}
