/// Text from a playbook that may hold `{{ expression }}` placeholders, kept with its
/// source and location so that errors point inside it.
public struct TextTemplate: Hashable, Sendable {
    /// The text as written.
    public var source: String
    /// The parsed template.
    public var template: Template
    /// Where the text's first character is.
    public var location: SourceLocation
    /// Where each of `template.references` is written, in the same order.
    public var referenceLocations: [SourceLocation]

    /// Creates a text template.
    public init(source: String, template: Template, location: SourceLocation, referenceLocations: [SourceLocation]) {
        self.source = source
        self.template = template
        self.location = location
        self.referenceLocations = referenceLocations
    }
}
