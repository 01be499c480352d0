import Crypto
import Foundation

/// One file recorded in the evidence log: what it was, when it was recorded and its
/// SHA-256, sealed by a hash over all of that and the previous entry's hash, so that
/// changing, removing or reordering any entry afterwards shows.
public struct EvidenceEntry: Hashable, Sendable, Codable {
    /// Position in the log, counting from 1.
    public var index: Int
    /// When it was recorded, ISO 8601 in UTC.
    public var time: String
    /// The file's name, without its folder; a label only, never used as a path.
    public var file: String
    /// The file's size in bytes.
    public var size: Int
    /// The file's SHA-256, lower-case hex.
    public var sha256: String
    /// What the person said the file is; may be empty.
    public var description: String
    /// The previous entry's `entryHash`; 64 zeros for the first entry.
    public var previousHash: String
    /// SHA-256 of `canonicalEncoding`, lower-case hex.
    public var entryHash: String

    /// Creates an entry and seals it with its hash.
    public init(
        index: Int, time: String, file: String, size: Int, sha256: String, description: String,
        previousHash: String
    ) {
        self.index = index
        self.time = time
        self.file = file
        self.size = size
        self.sha256 = sha256
        self.description = description
        self.previousHash = previousHash
        self.entryHash = ""
        entryHash = computedHash
    }

    /// The bytes the entry hash covers: a version line, then each field as
    /// `name=<UTF-8 byte count>:<value>` and a line feed, in a fixed order. Lengths make
    /// the encoding unambiguous whatever a description contains, so anyone can recompute it.
    public var canonicalEncoding: Data {
        let fields: [(String, String)] = [
            ("index", String(index)), ("time", time), ("file", file), ("size", String(size)),
            ("sha256", sha256), ("description", description), ("previous-hash", previousHash),
        ]
        let body = fields.map { "\($0.0)=\($0.1.utf8.count):\($0.1)\n" }.joined()
        return Data(("playbook-evidence-entry/1\n" + body).utf8)
    }

    /// The hash the entry's fields give now; differs from `entryHash` once a field was changed.
    public var computedHash: String { EvidenceEntry.hex(SHA256.hash(data: canonicalEncoding)) }

    /// A digest in lower-case hex.
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    private enum CodingKeys: String, CodingKey {
        case index, time, file, size, sha256, description
        case previousHash = "previous-hash"
        case entryHash = "entry-hash"
    }
}
