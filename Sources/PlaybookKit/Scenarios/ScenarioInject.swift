/// A timed event the facilitator announces during an act ("Day 2, 09:10: staff receive
/// an SMS with a link"), which moves the story on.
public struct ScenarioInject: Hashable, Sendable {
    /// When it happens in the story's own time, as written.
    public var at: String
    /// What happens.
    public var text: String

    /// Creates an inject.
    public init(at: String, text: String) {
        self.at = at
        self.text = text
    }
}
