import PlaybookKit

/// Whether an evidence log is as it was written, and if not, the first entry (counting
/// from 1) where its chain breaks and what that means.
public enum EvidenceLogVerification: Hashable, Sendable {
    /// Every entry is unchanged and in place.
    case ok(entries: Int)
    /// The chain breaks at the entry in position `index`.
    case broken(index: Int, problem: Problem)

    /// How a chain breaks.
    public enum Problem: String, Hashable, Sendable {
        /// A field of the entry no longer gives its hash: it was edited.
        case contentChanged = "content-changed"
        /// The entry does not name the hash of the one before it: one of them was
        /// edited and sealed again, or the entry was replaced.
        case linkBroken = "link-broken"
        /// The entry expected here is nowhere in the log.
        case entryRemoved = "entry-removed"
        /// The entry expected here is elsewhere, or one is there twice.
        case entryReordered = "entry-reordered"
    }

    /// Whether the log verifies.
    public var isOK: Bool {
        if case .ok = self { return true }
        return false
    }

    /// A sentence for the person, in English.
    public var message: String {
        message(in: AttributionFacet().englishText)
    }

    /// A sentence for the person in `text`'s language.
    public func message(in text: FacetText) -> String {
        switch self {
        case .ok(let entries):
            return entries == 1 ? text("verify.ok.one") : text("verify.ok.many", "\(entries)")
        case .broken(let index, let problem):
            return text("verify.\(problem.rawValue)", "\(index)", "\(index - 1)")
        }
    }
}
