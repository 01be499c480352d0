import Foundation

/// A note the person added during the session, with where and when.
public struct ReportNote: Hashable, Sendable, Codable {
    /// The step it was added at.
    public var position: Position
    /// The title of that step's playbook.
    public var playbookTitle: String
    /// What it says.
    public var text: String
    /// When it was added.
    public var at: Date
}
