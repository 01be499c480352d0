import Foundation
import PlaybookKit

/// A local list of known-bad indicators the person named: a plain list (one indicator
/// per line, `#` comments, blank lines ignored) or a STIX 2.1 bundle of `indicator`
/// objects, as shared by CERTs, research labs and partner organisations.
struct IndicatorFeed: Hashable, Sendable {
    /// Why a file could not be read as an indicator list.
    enum ReadError: Error, Hashable, Sendable {
        /// It starts with `{` but does not decode as a bundle.
        case notStix
        /// It is JSON of another `type`.
        case notBundle(type: String)

        /// What is wrong, for the person, in `text`'s language.
        func reason(in text: FacetText) -> String {
            switch self {
            case .notStix: return text("match.not-stix")
            case .notBundle(let type): return text("match.not-bundle", type)
            }
        }
    }

    /// The file's name, shown with each match.
    var source: String
    /// The usable entries.
    var entries: [FeedEntry] = []
    /// How many STIX pattern parts were not used.
    var skippedPatterns = 0

    /// Reads a list; text starting with `{` must be a STIX bundle.
    init(text: String, source: String) throws(ReadError) {
        self.source = source
        let content = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if content.trimmingWhitespace().hasPrefix("{") {
            try readBundle(Data(content.utf8))
        } else {
            readLines(content)
        }
    }

    /// One indicator per line; after the indicator, a `#` preceded by a space starts a
    /// comment, which becomes the entry's name (`example.com  # fake login page`).
    private mutating func readLines(_ text: String) {
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingWhitespace()
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            var value = line
            var name: Substring = ""
            if let hash = line.indices.first(where: { line[$0] == "#" && line[line.index(before: $0)].isWhitespace }) {
                value = line[..<hash].trimmingWhitespace()
                name = line[line.index(after: hash)...].trimmingWhitespace()
            }
            entries.append(FeedEntry(target: FeedTarget(String(value)), name: String(name)))
        }
    }

    private mutating func readBundle(_ data: Data) throws(ReadError) {
        guard let bundle = try? JSONDecoder().decode(Bundle.self, from: data) else {
            throw .notStix
        }
        guard bundle.type == "bundle" else {
            throw .notBundle(type: bundle.type)
        }
        for object in bundle.objects ?? [] where object.type == "indicator" {
            guard let pattern = object.pattern, (object.patternType ?? "stix") == "stix", object.revoked != true else {
                skippedPatterns += 1
                continue
            }
            let parsed = StixPattern(parsing: pattern)
            skippedPatterns += parsed.skipped
            entries += parsed.targets.map { FeedEntry(target: $0, name: object.name ?? "") }
        }
    }

    /// The parts of a STIX bundle that matter here; other fields are ignored.
    private struct Bundle: Decodable {
        var type: String
        var objects: [Object]?
    }

    private struct Object: Decodable {
        var type: String?
        var name: String?
        var pattern: String?
        var patternType: String?
        var revoked: Bool?

        enum CodingKeys: String, CodingKey {
            case type, name, pattern, revoked
            case patternType = "pattern_type"
        }
    }
}
