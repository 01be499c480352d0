import PlaybookKit

/// A session's incident log: the harassment, threats and attacks a defender recorded,
/// in order, ready to hand to a lawyer as a spreadsheet or a readable table. A value, so
/// reports can render it without touching the disk.
public struct IncidentLog: Hashable, Sendable, Codable {
    /// The version of the stored JSON layout.
    public static let formatVersion = 1

    /// The entries, oldest first.
    public var entries: [IncidentEntry]

    /// Creates a log.
    public init(entries: [IncidentEntry] = []) {
        self.entries = entries
    }

    /// The number the next entry gets: one more than the highest so far.
    public var nextNumber: Int {
        (entries.map(\.number).max() ?? 0) + 1
    }

    /// The log as CSV (RFC 4180, CRLF line ends, a header row), with every cell that a
    /// spreadsheet would read as a formula prefixed by `'`.
    public func csv() -> String {
        var text = CSVCell.record(IncidentLog.columns)
        for entry in entries {
            text += CSVCell.record(IncidentLog.cells(of: entry))
        }
        return text
    }

    /// The log as a Markdown table with one row per incident, or a sentence saying
    /// there are none, in English.
    public func markdown() -> String {
        markdown(in: LegalFacet().englishText)
    }

    /// The log as a Markdown table with headings in `text`'s language; the entries stay
    /// as they were written.
    public func markdown(in text: FacetText) -> String {
        guard !entries.isEmpty else { return text("log.none") + "\n" }
        let headings = IncidentLog.columns.map { text("log.\($0)") }
        return MarkdownCell.table(header: headings, rows: entries.map(IncidentLog.cells(of:)))
    }

    /// The CSV's column names, which stay the same in every language so that
    /// spreadsheets and scripts can rely on them; also the keys of the Markdown headings.
    private static let columns = ["number", "when", "platform", "where", "link", "description", "evidence", "recorded"]

    private static func cells(of entry: IncidentEntry) -> [String] {
        [
            String(entry.number), entry.when, entry.platform, entry.location ?? "", entry.link ?? "",
            entry.description, entry.evidence.joined(separator: "; "), entry.recorded,
        ]
    }

    private enum CodingKeys: String, CodingKey {
        case version, entries
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(Int.self, forKey: .version)
        guard version == IncidentLog.formatVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container,
                debugDescription: "it was written in format \(version), this tool reads format \(IncidentLog.formatVersion)")
        }
        entries = try container.decode([IncidentEntry].self, forKey: .entries)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(IncidentLog.formatVersion, forKey: .version)
        try container.encode(entries, forKey: .entries)
    }
}
