/// One parameter passed to an action under `with:`.
public struct ActionArgument: Hashable, Sendable {
    /// How the value is given.
    public enum Content: Hashable, Sendable {
        /// A literal number, boolean or null.
        case literal(Value)
        /// Text, possibly with `{{ expression }}` placeholders.
        case template(TextTemplate)
        /// A list of either.
        case list([Content])
    }

    /// The parameter's name.
    public var name: String
    /// Its value.
    public var content: Content
    /// Where the parameter's key is written.
    public var location: SourceLocation

    /// Creates an argument.
    public init(name: String, content: Content, location: SourceLocation) {
        self.name = name
        self.content = content
        self.location = location
    }
}
