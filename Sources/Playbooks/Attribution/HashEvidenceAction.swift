import Crypto
import Foundation
import PlaybookKit

/// `attribution.hash-evidence`: fingerprints a file the person named and records it in
/// the session's hash-chained evidence log, so they can later show that the file they
/// hand to a lawyer or a lab is the one they collected.
enum HashEvidenceAction {
    static let descriptor = ActionDescriptor(
        name: "hash-evidence",
        summary: "Computes a file's SHA-256 and records it in the session's tamper-evident evidence log.",
        parameters: [
            ParameterDescriptor("path", .file, "The file, as the person named it in this session."),
            ParameterDescriptor(
                "description", .string, required: false, "What the file is, e.g. 'screenshot of the threat'."),
        ],
        outputs: [
            OutputDescriptor("sha256", .string, "The file's SHA-256, lower-case hex."),
            OutputDescriptor("entry", .number, "The new entry's position in the log, from 1."),
            OutputDescriptor("entry-hash", .string, "The new entry's hash, which seals it and every entry before it."),
            OutputDescriptor("previous-hash", .string, "The hash of the entry before it (64 zeros for the first)."),
            OutputDescriptor("entries", .number, "How many entries the log now holds."),
            OutputDescriptor("file", .string, "The file's name, without its folder."),
            OutputDescriptor("size", .number, "The file's size in bytes."),
            OutputDescriptor("time", .string, "When the entry was recorded, ISO 8601 in UTC."),
            OutputDescriptor("description", .string, "The description recorded, or empty."),
        ]
    )

    static func perform(_ request: ActionRequest, context: ActionContext, text: FacetText) throws(ActionError) -> ActionResult {
        let path = try request.string("path")
        let description = try request.optionalString("description") ?? ""
        guard !path.allSatisfy(\.isWhitespace) else {
            throw .invalidParameter("path", text("hash.empty-path"))
        }
        let data = try context.files.read(path)
        let sha256 = EvidenceEntry.hex(SHA256.hash(data: data))
        var log = try VerifyEvidenceAction.load(context.workspace, text: text)
        let verification = log.verify()
        guard verification.isOK else {
            throw .failed(text("hash.log-broken", EvidenceLog.fileName, verification.message(in: text)))
        }
        let entry = log.append(
            file: URL(fileURLWithPath: path).lastPathComponent, size: data.count, sha256: sha256,
            description: description, time: context.clock.now().formatted(.iso8601))
        do throws(EvidenceLogError) {
            try log.save(to: context.workspace, text: text)
        } catch {
            throw .failed(error.message(in: text))
        }
        return ActionResult(
            outputs: [
                "sha256": .string(sha256),
                "entry": .number(Double(entry.index)),
                "entry-hash": .string(entry.entryHash),
                "previous-hash": .string(entry.previousHash),
                "entries": .number(Double(log.entries.count)),
                "file": .string(entry.file),
                "size": .number(Double(entry.size)),
                "time": .string(entry.time),
                "description": .string(entry.description),
            ],
            messages: [text("hash.recorded", entry.file, "\(entry.index)", sha256)]
        )
    }
}
