/// Why a session could not be saved, loaded or removed; each case says what to do.
public enum SessionStoreError: Error, Hashable, Sendable {
    /// No session has this id.
    case notFound(String)
    /// The session is encrypted and no passphrase was given.
    case needsPassphrase(String)
    /// The passphrase is wrong or the file was changed; the file is left as it is.
    case wrongPassphraseOrTampered(String)
    /// The file could not be understood; it was moved aside, never overwritten.
    case corrupt(String, movedTo: String)
    /// The system refused a read or write.
    case io(path: String, reason: String)
    /// Another process holds the session's lock (`SessionLock`).
    case inUse(String)
    /// A shortened id fits several sessions.
    case ambiguous(String, matches: [String])
    /// The session was sealed (its `<id>.sealed` marker is there) but its file is now
    /// plaintext: it may have been replaced. It is not opened, so nothing continues in clear.
    case sealedButStoredInClear(String, marker: String)

    /// A message for the person.
    public var message: String {
        switch self {
        case .notFound(let id):
            return "there is no saved session '\(id)'; run 'playbook sessions' to see them"
        case .needsPassphrase(let id):
            return "the session '\(id)' is encrypted; give its passphrase (prompt or PLAYBOOK_PASSPHRASE)"
        case .wrongPassphraseOrTampered(let id):
            return "the passphrase is wrong, or the file of session '\(id)' was changed; nothing was modified, try again"
        case .corrupt(let id, let path):
            return "the file of session '\(id)' is damaged and cannot be read; it was kept aside as \(path)"
        case .io(let path, let reason):
            return "cannot use '\(path)': \(reason); nothing was lost. If the disk is full, free some space and try again"
        case .ambiguous(let prefix, let matches):
            return "'\(prefix)' is the start of \(matches.count) session ids (\(matches.joined(separator: ", "))); type more of the one you mean"
        case .inUse(let id):
            return "session \(id) is open in another playbook window or process; finish there, or close it, then try again"
        case .sealedButStoredInClear(let id, let marker):
            return "the session '\(id)' was saved encrypted, but its file is now unencrypted: it may have been replaced. Nothing was changed and it was not opened. Keep it aside and start a new session with 'playbook', or remove it with 'playbook sessions delete \(id)'; only if you put an unencrypted copy there yourself, delete \(marker) and resume it"
        }
    }
}
