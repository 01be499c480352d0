/// Why the evidence log could not be read or saved. A damaged log is never replaced:
/// it may be the only record of what was collected.
public enum EvidenceLogError: Error, Hashable, Sendable {
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not an evidence log this version can read.
    case corrupt(path: String, reason: String)
    /// The log could not be saved; the previous file is unchanged.
    case unwritable(path: String, reason: String)

    /// A message for the person.
    public var message: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read the evidence log '\(path)': \(reason)"
        case .corrupt(let path, let reason):
            return
                "the evidence log '\(path)' is damaged: \(reason). It was left untouched; keep a copy of it and use a new workspace for new evidence"
        case .unwritable(let path, let reason):
            return "could not save the evidence log '\(path)': \(reason); nothing was changed"
        }
    }
}
