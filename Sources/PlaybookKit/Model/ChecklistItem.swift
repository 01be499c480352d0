/// One thing to do in a checklist; one action per item.
public struct ChecklistItem: Hashable, Sendable {
    /// Who the item is for.
    public enum Level: String, Hashable, Sendable, Codable, CaseIterable {
        case beginner, advanced
    }

    /// The item's id, unique in its checklist; answers list the ids of items done.
    public var id: String
    /// What to do (Markdown).
    public var text: String
    /// Whether it can be skipped without harm.
    public var optional: Bool
    /// Who it is for; nil for everyone.
    public var level: Level?
    /// Where the item is written.
    public var location: SourceLocation

    /// Creates an item.
    public init(id: String, text: String, optional: Bool, level: Level?, location: SourceLocation) {
        self.id = id
        self.text = text
        self.optional = optional
        self.level = level
        self.location = location
    }
}
