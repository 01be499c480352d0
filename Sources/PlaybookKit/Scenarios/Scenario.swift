import Foundation

/// A fictitious case for trainers: an invented organisation under attack, told in acts,
/// each narrated by one kind of responder and driving one real playbook with answers
/// written ahead of time, so an audience sees the whole response ecosystem at work.
public struct Scenario: Hashable, Sendable {
    /// The id used on the command line, e.g. `under-attack`.
    public var id: String
    /// A title for the audience.
    public var title: String
    /// Who is under attack, where, and what is going on; all invented.
    public var setting: ScenarioSetting
    /// When its content was last checked, `YYYY-MM-DD`.
    public var reviewed: String
    /// The part of the world the story is set in, one of `ResponderDirectory.regionKeys`
    /// (e.g. `latin-america`), so that referrals can favour organisations working there;
    /// nil when the scenario does not say.
    public var region: String?
    /// The acts, in the order they are presented.
    public var acts: [ScenarioAct]
    /// Where the scenario's `id` is written, for messages about it as a whole.
    public var location: SourceLocation

    /// Creates a scenario.
    public init(id: String, title: String, setting: ScenarioSetting, reviewed: String, region: String? = nil, acts: [ScenarioAct], location: SourceLocation) {
        self.id = id
        self.title = title
        self.setting = setting
        self.reviewed = reviewed
        self.region = region
        self.acts = acts
        self.location = location
    }

    /// The folder holding the scenario file, against which its shipped files resolve.
    public var folder: URL {
        URL(fileURLWithPath: location.file).deletingLastPathComponent().standardizedFileURL
    }

    /// The acts an audience may see: all, or only the public ones for broadcast and remote audiences.
    public func acts(publicOnly: Bool) -> [ScenarioAct] {
        publicOnly ? acts.filter(\.isPublic) : acts
    }
}
