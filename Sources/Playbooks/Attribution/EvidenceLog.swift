import Foundation
import PlaybookKit

/// The session's append-only record of collected evidence files. Each entry carries the
/// previous entry's hash, so the log is a chain: anyone holding it can check that no
/// entry was edited, removed or reordered since it was written (removing the newest
/// entries needs an outside record, such as the session's report, to notice).
public struct EvidenceLog: Hashable, Sendable {
    /// The log's file name inside the session workspace.
    public static let fileName = "evidence-log.json"
    /// The previous hash of the first entry.
    public static let firstPreviousHash = String(repeating: "0", count: 64)

    /// The entries, oldest first.
    public private(set) var entries: [EvidenceEntry]

    /// Creates a log holding `entries` as they are, e.g. to verify a copy.
    public init(entries: [EvidenceEntry] = []) {
        self.entries = entries
    }

    /// Reads the log at `url`; an absent file is an empty log. Reasons for a failure are
    /// in `text`'s language.
    public static func load(from url: URL, text: FacetText = AttributionFacet().englishText) throws(EvidenceLogError) -> EvidenceLog {
        guard FileManager.default.fileExists(atPath: url.path) else { return EvidenceLog() }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        guard let file = try? JSONDecoder().decode(File.self, from: data) else {
            throw .corrupt(path: url.path, reason: text("log.not-json"))
        }
        guard file.format == File.formatName, file.version == 1 else {
            throw .corrupt(path: url.path, reason: text("log.not-version-1"))
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

    /// Writes the whole log to `url` at once, owner-only, creating a private folder if
    /// needed. Reasons for a failure are in `text`'s language.
    public func save(to url: URL, text: FacetText = AttributionFacet().englishText) throws(EvidenceLogError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(File(entries: entries))
        } catch {
            throw .unwritable(path: url.path, reason: text("log.not-encodable"))
        }
        do throws(AtomicFile.WriteError) {
            let folder = url.deletingLastPathComponent()
            if !FileManager.default.fileExists(atPath: folder.path) {
                try AtomicFile.makePrivateDirectory(folder)
            }
            try AtomicFile.write(data, to: url)
        } catch {
            throw .unwritable(path: url.path, reason: error.reason)
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
