import Foundation
import PlaybookKit

/// The incident log's files in a session's workspace: the JSON log that is the record,
/// and the CSV and Markdown exports rewritten from it after every entry. A log that
/// cannot be read is never overwritten, since it may be the only copy of evidence.
struct IncidentLogStore {
    /// The log itself.
    let logURL: URL
    /// The spreadsheet export.
    let csvURL: URL
    /// The readable export.
    let markdownURL: URL
    private let folder: URL
    /// The words of its messages and of the readable export.
    private let text: FacetText

    /// The store in `workspace`, speaking `text`'s language.
    init(workspace: URL, text: FacetText) {
        self.text = text
        folder = workspace
        logURL = workspace.appendingPathComponent("incident-log.json")
        csvURL = workspace.appendingPathComponent("incident-log.csv")
        markdownURL = workspace.appendingPathComponent("incident-log.md")
    }

    /// The saved log, or an empty one when none was saved yet.
    func load() throws(ActionError) -> IncidentLog {
        guard FileManager.default.fileExists(atPath: logURL.path) else { return IncidentLog() }
        let data: Data
        do {
            data = try Data(contentsOf: logURL)
        } catch {
            throw .fileUnavailable(logURL.path, reason: text("incident.unreadable", error.localizedDescription))
        }
        do {
            return try JSONDecoder().decode(IncidentLog.self, from: data)
        } catch {
            throw .failed(text("incident.damaged", logURL.path, IncidentLogStore.reason(error)))
        }
    }

    /// Writes the log and both exports, each atomically and readable by the owner only.
    func save(_ log: IncidentLog) throws(ActionError) {
        if !FileManager.default.fileExists(atPath: folder.path) {
            try write { () throws(AtomicFile.WriteError) in try AtomicFile.makePrivateDirectory(folder) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json: Data
        do {
            json = try encoder.encode(log)
        } catch {
            throw .failed(text("incident.unencodable", error.localizedDescription))
        }
        try write { () throws(AtomicFile.WriteError) in try AtomicFile.write(json, to: logURL) }
        let markdown = "# \(text("log.title"))\n\n" + log.markdown(in: text)
        try write { () throws(AtomicFile.WriteError) in try AtomicFile.write(Data(log.csv().utf8), to: csvURL) }
        try write { () throws(AtomicFile.WriteError) in try AtomicFile.write(Data(markdown.utf8), to: markdownURL) }
    }

    private func write(_ body: () throws(AtomicFile.WriteError) -> Void) throws(ActionError) {
        do {
            try body()
        } catch {
            throw .failed(error.message)
        }
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
