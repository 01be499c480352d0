import Foundation
import PlaybookKit

/// The session's append-only record of collected evidence files. Each entry carries the
/// previous entry's hash, so the log is a chain: anyone holding it can check that no
/// entry was edited, removed or reordered since it was written (removing the newest
/// entries needs an outside record, such as the session's report, to notice).
public struct EvidenceLog: Hashable, Sendable {
    /// The log's file name among the session's files.
    public static let fileName = "evidence-log.json"
    /// The previous hash of the first entry.
    public static let firstPreviousHash = String(repeating: "0", count: 64)

    /// The entries, oldest first.
    public private(set) var entries: [EvidenceEntry]

    /// Creates a log holding `entries` as they are, e.g. to verify a copy.
    public init(entries: [EvidenceEntry] = []) {
        self.entries = entries
    }

    /// Reads the log from `workspace`; none there yet is an empty log. Reasons for a
    /// failure are in `text`'s language.
    public static func load(from workspace: any ActionWorkspace, text: FacetText = AttributionFacet().englishText) throws(EvidenceLogError) -> EvidenceLog {
        let stored: Data?
        do {
            stored = try workspace.read(fileName)
        } catch {
            throw .unreadable(path: fileName, reason: error.message)
        }
        guard let data = stored else { return EvidenceLog() }
        guard let file = try? JSONDecoder().decode(File.self, from: data) else {
            throw .corrupt(path: fileName, reason: text("log.not-json"))
        }
        guard file.format == File.formatName, file.version == 1 else {
            throw .corrupt(path: fileName, reason: text("log.not-version-1"))
        }
        return EvidenceLog(entries: file.entries)
    }

    /// Adds a sealed entry after the last one and returns it.
    @discardableResult
    public mutating func append(file: String, size: Int, sha256: String, description: String, time: String)
        -> EvidenceEntry
    {
        let entry = EvidenceEntry(
            index: entries.count + 1, time: time, file: file, size: size, sha256: sha256, description: description,
            previousHash: entries.last?.entryHash ?? EvidenceLog.firstPreviousHash)
        entries.append(entry)
        return entry
    }

    /// Checks every entry's seal and its place in the chain; reports the first break.
    public func verify() -> EvidenceLogVerification {
        var previousHash = EvidenceLog.firstPreviousHash
        for (offset, entry) in entries.enumerated() {
            let position = offset + 1
            guard entry.computedHash == entry.entryHash else {
                return .broken(index: position, problem: .contentChanged)
            }
            guard entry.index == position else {
                let elsewhere = entries[offset...].contains { $0.index == position }
                return .broken(
                    index: position, problem: entry.index > position && !elsewhere ? .entryRemoved : .entryReordered)
            }
            guard entry.previousHash == previousHash else { return .broken(index: position, problem: .linkBroken) }
            previousHash = entry.entryHash
        }
        return .ok(entries: entries.count)
    }

    /// Writes the whole log to `workspace` at once. Reasons for a failure are in
    /// `text`'s language.
    public func save(to workspace: any ActionWorkspace, text: FacetText = AttributionFacet().englishText) throws(EvidenceLogError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(File(entries: entries))
        } catch {
            throw .unwritable(path: EvidenceLog.fileName, reason: text("log.not-encodable"))
        }
        do {
            try workspace.write(EvidenceLog.fileName, data)
        } catch {
            throw .unwritable(path: EvidenceLog.fileName, reason: error.message)
        }
    }

    /// The file's layout: a marker, a version and the entries.
    private struct File: Codable {
        static let formatName = "playbook-evidence-log"
        var format = File.formatName
        var version = 1
        var entries: [EvidenceEntry]
    }
}
