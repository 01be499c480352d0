/// One part of a scenario: a responder tells what happened and what their organisation
/// did, then the playbook it used runs with answers written ahead of time.
public struct ScenarioAct: Hashable, Sendable {
    /// The act's id, unique in its scenario.
    public var id: String
    /// A title for the audience.
    public var title: String
    /// The kind of responder who tells it, e.g. "hosting provider".
    public var narrator: String
    /// The facet it shows, e.g. `infrastructure`.
    public var facet: String
    /// The story of the act, in Markdown.
    public var narration: String
    /// Guidance for the facilitator only; shown with `--notes`.
    public var notes: String?
    /// Questions for the facilitator to put to the room after the act; shown on the
    /// handout's facilitator page, never to participants.
    public var prompts: [String]
    /// Timed events announced during the act.
    public var injects: [ScenarioInject]
    /// The playbook the act drives.
    public var playbook: String
    /// The answers that drive it, exactly as in `playbook run --answers`.
    public var answers: AnswerScript
    /// Files shipped with the scenario that the act's actions may read, relative to the scenario file.
    public var files: [String]
    /// Whether the act may be shown to a public or remote audience.
    public var isPublic: Bool
    /// Where the act's `id` is written.
    public var location: SourceLocation
    /// Where `playbook` is written.
    public var playbookLocation: SourceLocation
    /// Where `facet` is written.
    public var facetLocation: SourceLocation
    /// Where each entry of `files` is written, in the same order.
    public var fileLocations: [SourceLocation]

    /// Creates an act.
    public init(
        id: String, title: String, narrator: String, facet: String, narration: String, notes: String?, prompts: [String] = [],
        injects: [ScenarioInject], playbook: String, answers: AnswerScript, files: [String], isPublic: Bool,
        location: SourceLocation, playbookLocation: SourceLocation, facetLocation: SourceLocation,
        fileLocations: [SourceLocation]
    ) {
        self.id = id
        self.title = title
        self.narrator = narrator
        self.facet = facet
        self.narration = narration
        self.notes = notes
        self.prompts = prompts
        self.injects = injects
        self.playbook = playbook
        self.answers = answers
        self.files = files
        self.isPublic = isPublic
        self.location = location
        self.playbookLocation = playbookLocation
        self.facetLocation = facetLocation
        self.fileLocations = fileLocations
    }
}
