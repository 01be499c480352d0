import PlaybookKit

/// Why the evidence log could not be read or saved. A damaged log is never replaced:
/// it may be the only record of what was collected.
public enum EvidenceLogError: Error, Hashable, Sendable {
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not an evidence log this version can read.
    case corrupt(path: String, reason: String)
    /// The log could not be saved; the previous file is unchanged.
    case unwritable(path: String, reason: String)

    /// A message for the person, in English.
    public var message: String {
        message(in: AttributionFacet().englishText)
    }

    /// A message for the person in `text`'s language.
    public func message(in text: FacetText) -> String {
        switch self {
        case .unreadable(let path, let reason): return text("log.unreadable", path, reason)
        case .corrupt(let path, let reason): return text("log.corrupt", path, reason)
        case .unwritable(let path, let reason): return text("log.unwritable", path, reason)
        }
    }
}
