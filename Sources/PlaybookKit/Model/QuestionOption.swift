/// One answer a question offers.
public struct QuestionOption: Hashable, Sendable {
    /// What the person sees (Markdown).
    public var label: String
    /// What is stored as the answer and compared in expressions; defaults to the label,
    /// and stays the same when the label is translated.
    public var value: String
    /// Where picking it leads; nil in a multiple-choice question.
    public var next: StepTarget?
    /// Where the option is written.
    public var location: SourceLocation

    /// Creates an option.
    public init(label: String, value: String, next: StepTarget?, location: SourceLocation) {
        self.label = label
        self.value = value
        self.next = next
        self.location = location
    }
}
