/// One conditional branch of a routing step.
public struct Route: Hashable, Sendable {
    /// The condition as written.
    public var source: String
    /// The parsed condition.
    public var condition: Expression
    /// Where the condition's first character is, so errors point inside it.
    public var conditionLocation: SourceLocation
    /// Where each of `condition.references` is written, in the same order.
    public var referenceLocations: [SourceLocation]
    /// Where it leads when the condition holds.
    public var next: StepTarget

    /// Creates a route.
    public init(
        source: String, condition: Expression, conditionLocation: SourceLocation,
        referenceLocations: [SourceLocation], next: StepTarget
    ) {
        self.source = source
        self.condition = condition
        self.conditionLocation = conditionLocation
        self.referenceLocations = referenceLocations
        self.next = next
    }
}
