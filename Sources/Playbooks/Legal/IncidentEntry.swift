/// One incident as a defender logs it for a lawyer: when and where it happened, what
/// happened, and which evidence files back it. Kept as written; a lawyer decides what
/// it means.
public struct IncidentEntry: Hashable, Sendable, Codable {
    /// The entry's position in the log, from 1.
    public var number: Int
    /// When it happened: `YYYY-MM-DD` or a date-time such as `2026-11-27T14:05`.
    public var when: String
    /// The platform or channel, e.g. "X", "WhatsApp", "email", "in person".
    public var platform: String
    /// Where it happened (a country, a city, "online"), when given.
    public var location: String?
    /// A web address showing it (a post, a profile), when given.
    public var link: String?
    /// What happened, in the defender's words.
    public var description: String
    /// Evidence file names or hashes.
    public var evidence: [String]
    /// When the entry was written, ISO 8601 in UTC.
    public var recorded: String

    /// Creates an entry.
    public init(
        number: Int, when: String, platform: String, location: String? = nil, link: String? = nil,
        description: String, evidence: [String] = [], recorded: String
    ) {
        self.number = number
        self.when = when
        self.platform = platform
        self.location = location
        self.link = link
        self.description = description
        self.evidence = evidence
        self.recorded = recorded
    }

    private enum CodingKeys: String, CodingKey {
        case number, when, platform, location = "where", link, description, evidence, recorded
    }
}
