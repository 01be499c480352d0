/// A checklist step as a report shows it: every item with where it stands, so a helper
/// sees at a glance what was done and what is still open.
public struct ReportChecklist: Hashable, Sendable, Codable {
    /// The checklist step.
    public var position: Position
    /// The title of its playbook.
    public var playbookTitle: String
    /// The step's `say`, rendered; nil when it has none.
    public var text: String?
    /// The items in the playbook's order.
    public var items: [ReportChecklistItem]

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(position, forKey: .position)
        try container.encode(playbookTitle, forKey: .playbookTitle)
        try container.encode(text, forKey: .text)
        try container.encode(items, forKey: .items)
    }
}
