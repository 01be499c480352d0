/// A playbook as compiled from its YAML file: one facet's guidance for one situation,
/// as a graph of steps. Built only by `PlaybookDecoder`, which guarantees that ids are
/// well formed and steps are unique; the graph itself is checked by `PlaybookValidator`.
public struct Playbook: Hashable, Sendable {
    /// The id other playbooks and the command line use, e.g. `website-down`.
    public var id: String
    /// A title for people.
    public var title: String
    /// The facet it belongs to, e.g. `infrastructure`.
    public var facet: String
    /// One or two sentences on when to use it.
    public var summary: String
    /// The language of its text, e.g. `en`.
    public var language: String
    /// When its content was last checked, `YYYY-MM-DD`.
    public var reviewed: String
    /// Who wrote it, as a kind of organisation (e.g. "digital security helpline").
    public var authors: String?
    /// The first step's id.
    public var start: String
    /// Steps in authoring order.
    public var steps: [Step]
    /// Where the playbook's `id` is written, for messages about the playbook as a whole.
    public var location: SourceLocation
    /// Where the facet is written.
    public var facetLocation: SourceLocation
    /// Where `start` is written, when it is.
    public var startLocation: SourceLocation?
    /// SHA-256 of the file's bytes, in hex; sessions pin it to notice later edits. Empty
    /// when the library was read without hashing (by lint).
    public var contentHash: String

    private var indexByID: [String: Int]

    /// Creates a playbook; `steps` must have unique ids.
    public init(
        id: String, title: String, facet: String, summary: String, language: String, reviewed: String,
        authors: String?, start: String, steps: [Step], location: SourceLocation,
        facetLocation: SourceLocation, startLocation: SourceLocation?, contentHash: String
    ) {
        self.id = id
        self.title = title
        self.facet = facet
        self.summary = summary
        self.language = language
        self.reviewed = reviewed
        self.authors = authors
        self.start = start
        self.steps = steps
        self.location = location
        self.facetLocation = facetLocation
        self.startLocation = startLocation
        self.contentHash = contentHash
        indexByID = Dictionary(steps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether a step has this id; cheaper than `step(_:)`, which copies the step.
    public func hasStep(_ id: String) -> Bool {
        indexByID[id] != nil
    }

    /// The position in `steps` of the step with this id.
    public func stepIndex(_ id: String) -> Int? {
        indexByID[id]
    }

    /// The step with this id.
    public func step(_ id: String) -> Step? {
        indexByID[id].map { steps[$0] }
    }

    /// The file the playbook was read from.
    public var file: String { location.file }
}
