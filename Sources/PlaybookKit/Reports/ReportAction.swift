/// An action the session ran, as a report shows it.
public struct ReportAction: Hashable, Sendable, Codable {
    /// The action step.
    public var position: Position
    /// The action's id, `facet.name`.
    public var action: String
    /// The facet's title; nil when no registered facet has this id.
    public var facetTitle: String?
    /// The parameters it was given, by name.
    public var parameters: [ReportField]
    /// What it gave back, by name.
    public var outputs: [ReportField]
    /// The lines it showed the person, in order.
    public var messages: [String]

    /// The id of the facet offering the action, `facet` in `facet.name`.
    public var facet: String {
        String(action.prefix { $0 != "." })
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(position, forKey: .position)
        try container.encode(action, forKey: .action)
        try container.encode(facetTitle, forKey: .facetTitle)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(outputs, forKey: .outputs)
        try container.encode(messages, forKey: .messages)
    }
}
