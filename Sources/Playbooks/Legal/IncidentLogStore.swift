import Foundation
import PlaybookKit

/// The incident log's files in a session's workspace: the JSON log that is the record,
/// and the CSV and Markdown exports rewritten from it after every entry. A log that
/// cannot be read is never overwritten, since it may be the only copy of evidence.
struct IncidentLogStore {
    /// The log itself.
    static let logName = "incident-log.json"
    /// The spreadsheet export.
    static let csvName = "incident-log.csv"
    /// The readable export.
    static let markdownName = "incident-log.md"

    private let workspace: any ActionWorkspace
    /// The words of its messages and of the readable export.
    private let text: FacetText

    /// The store in `workspace`, speaking `text`'s language.
    init(workspace: any ActionWorkspace, text: FacetText) {
        self.text = text
        self.workspace = workspace
    }

    /// The saved log, or an empty one when none was saved yet.
    func load() throws(ActionError) -> IncidentLog {
        guard let data = try workspace.read(Self.logName) else { return IncidentLog() }
        do {
            return try JSONDecoder().decode(IncidentLog.self, from: data)
        } catch {
            throw .failed(text("incident.damaged", Self.logName, IncidentLogStore.reason(error)))
        }
    }

    /// Writes the log and both exports.
    func save(_ log: IncidentLog) throws(ActionError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json: Data
        do {
            json = try encoder.encode(log)
        } catch {
            throw .failed(text("incident.unencodable", error.localizedDescription))
        }
        try workspace.write(Self.logName, json)
        let markdown = "# \(text("log.title"))\n\n" + log.markdown(in: text)
        try workspace.write(Self.csvName, Data(log.csv().utf8))
        try workspace.write(Self.markdownName, Data(markdown.utf8))
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.keyNotFound(_, let context),
            DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        default:
            return error.localizedDescription
        }
    }
}
