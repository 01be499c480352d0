/// Outputs given ahead of time for action steps, so that a playbook test walks past an
/// action that would need the network or a person's file without running it. Keys are
/// step ids, or `playbook#step` when ids repeat across playbooks, as in `AnswerScript`.
public struct ActionStubs: Hashable, Sendable {
    /// The outputs for one action step.
    public struct Stub: Hashable, Sendable {
        /// `step` or `playbook#step`.
        public var key: String
        /// The outputs the action is taken to have given, by name.
        public var outputs: [String: Value]
        /// Where the stub's key is written.
        public var location: SourceLocation
        /// Where each output is written, by name.
        public var outputLocations: [String: SourceLocation]

        /// Creates a stub.
        public init(key: String, outputs: [String: Value], location: SourceLocation, outputLocations: [String: SourceLocation] = [:]) {
            self.key = key
            self.outputs = outputs
            self.location = location
            self.outputLocations = outputLocations
        }
    }

    /// The stubs in file order.
    public var stubs: [Stub]

    /// Creates stubs; none by default, so every action runs.
    public init(_ stubs: [Stub] = []) {
        self.stubs = stubs
    }

    /// The stub for `position`, preferring `playbook#step` over `step`.
    public func stub(for position: Position) -> Stub? {
        stubs.first { $0.key == position.description } ?? stubs.first { $0.key == position.step }
    }
}
