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

    /// A sentence for the person.
    public var message: String {
        switch self {
        case .ok(let entries):
            return
                "the evidence log verifies: \(entries) entr\(entries == 1 ? "y" : "ies"), none changed, removed or reordered"
        case .broken(let index, .contentChanged):
            return "entry \(index) was changed after it was recorded: its fields no longer give its hash"
        case .broken(let index, .linkBroken):
            return
                "entry \(index) no longer follows entry \(index - 1): one of them was changed and sealed again, or replaced"
        case .broken(let index, .entryRemoved):
            return "entry \(index) is missing: it was removed from the log"
        case .broken(let index, .entryReordered):
            return "entry \(index) is out of place: entries were reordered or one was copied"
        }
    }
}
