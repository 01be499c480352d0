import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Saved sessions: one file per session in a private folder (0700, files 0600),
/// replaced atomically on every save so an interruption never leaves half a session.
/// A file that cannot be understood is moved aside as `.corrupt`, never overwritten.
///
/// Beside `<id>.json` a session may have `<id>.sealed` (it was sealed once, so it is
/// never read or saved in clear again), `<id>.lock` (what `lock(_:)` locks; hold it
/// while the session is in use) and `<id>.files/` (what its actions wrote). Temporary
/// files an interrupted save left are shredded whenever the store is used.
public struct SessionStore: Sendable {
    /// The folder holding the session files.
    public let folder: URL

    /// A store in `folder`, created (owner-only) on first save.
    public init(folder: URL) {
        self.folder = folder
    }

    /// A session as listed, readable without its passphrase only when not encrypted.
    public struct Summary: Hashable, Sendable {
        /// The session's id.
        public var id: String
        /// Whether it is sealed with a passphrase.
        public var encrypted: Bool
        /// The state, when readable without a passphrase.
        public var state: SessionState?
        /// When the file was last written.
        public var modified: Date
    }

    /// Saves `state`, sealed with `key` when given (derive it once per run:
    /// `SessionKey.derive`, or the key `load` returned). A session that was sealed once
    /// is never saved in clear again: without a key it fails with `.needsPassphrase`.
    /// Sealing a session that was plaintext writes its `<id>.sealed` marker first, and
    /// shreds the plaintext it replaces once the sealed file is in place.
    public func save(_ state: SessionState, key: SessionKey?) throws(SessionStoreError) {
        do {
            try AtomicFile.makePrivateDirectory(folder)
        } catch {
            throw .io(path: folder.path, reason: error.reason)
        }
        removeLeftoversQuietly()
        let file = url(for: state.id)
        let marker = markerURL(for: state.id)
        let wasMarked = FileManager.default.fileExists(atPath: marker.path)
        if key == nil, wasMarked { throw .needsPassphrase(state.id) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        var data: Data
        do {
            data = try encoder.encode(state)
            if let key { data = try SessionSealer.seal(data, key: key) }
        } catch {
            throw .io(path: file.path, reason: "could not encode the session: \(error)")
        }
        // The plaintext this first sealed save replaces, kept under a temporary name
        // (a hard link) so that it can be shredded once the sealed file is in place;
        // a crash in between leaves it to `removeLeftovers`.
        var replacedPlaintext: URL?
        if key != nil, !wasMarked {
            try createMarker(marker)
            let kept = AtomicFile.temporaryURL(for: file)
            if link(file.path, kept.path) == 0 { replacedPlaintext = kept }
        }
        do {
            try AtomicFile.write(data, to: file)
        } catch {
            if key != nil, !wasMarked { unlink(marker.path) }
            if let replacedPlaintext { unlink(replacedPlaintext.path) }
            throw .io(path: error.path, reason: error.reason)
        }
        if let replacedPlaintext { try shred(replacedPlaintext) }
    }

    /// Loads the session `id`; `passphrase` is needed when it is encrypted. Returns the
    /// key it was sealed with (nil when it is plaintext), for saving it again.
    public func load(_ id: String, passphrase: String?) throws(SessionStoreError) -> (state: SessionState, key: SessionKey?) {
        guard Self.isValidID(id) else { throw .notFound(id) }
        removeLeftoversQuietly()
        return try read(id, passphrase: passphrase)
    }

    /// Every saved session, most recently changed first. Damaged files are moved aside
    /// and reported in `problems`, with leftovers of interrupted saves that could not be
    /// removed.
    public func list() -> (sessions: [Summary], problems: [SessionStoreError]) {
        var problems: [SessionStoreError] = []
        do {
            try removeLeftovers()
        } catch {
            problems.append(error)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var sessions: [Summary] = []
        for name in names where name.hasSuffix(".json") {
            let id = String(name.dropLast(5))
            guard Self.isValidID(id) else { continue }
            let file = url(for: id)
            let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? Date.distantPast
            do {
                let state = try read(id, passphrase: nil).state
                sessions.append(Summary(id: id, encrypted: false, state: state, modified: modified))
            } catch .needsPassphrase {
                sessions.append(Summary(id: id, encrypted: true, state: nil, modified: modified))
            } catch {
                problems.append(error)
            }
        }
        return (sessions.sorted { $0.modified > $1.modified }, problems)
    }

    /// Takes the lock of session `id`, for as long as the returned value is kept: a second
    /// process asking for it gets `.inUse` instead of saving over this one's answers.
    public func lock(_ id: String) throws(SessionStoreError) -> SessionLock {
        guard Self.isValidID(id) else { throw .notFound(id) }
        do {
            try AtomicFile.makePrivateDirectory(folder)
        } catch {
            throw .io(path: folder.path, reason: error.reason)
        }
        return try SessionLock(id: id, file: lockURL(for: id))
    }

    /// Removes a session and the files its actions wrote: their bytes are overwritten
    /// with zeros before they are unlinked. Flash storage and file-system journals may
    /// still keep old copies. A session open elsewhere is refused with `.inUse`.
    public func delete(_ id: String) throws(SessionStoreError) {
        guard Self.isValidID(id), FileManager.default.fileExists(atPath: url(for: id).path) else { throw .notFound(id) }
        let held = try lock(id)
        defer { held.release() }
        try removeLeftovers(holding: id)
        try shred(url(for: id))
        if FileManager.default.fileExists(atPath: markerURL(for: id).path) { try shred(markerURL(for: id)) }
        try shredFolder(folder.appendingPathComponent("\(id).files"))
        try shred(lockURL(for: id))
    }

    /// Removes every session, with the files their actions wrote, damaged files kept
    /// aside, markers, locks and leftovers of interrupted saves; returns how many sessions
    /// were removed.
    public func wipe() throws(SessionStoreError) -> Int {
        try removeLeftovers()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed = 0
        for name in names.sorted() {
            let item = folder.appendingPathComponent(name)
            if name.hasSuffix(".files") {
                try shredFolder(item)
            } else if [".json", ".corrupt", ".sealed", ".lock"].contains(where: name.hasSuffix) {
                try shred(item)
                if name.hasSuffix(".json") { removed += 1 }
            }
        }
        return removed
    }

    /// The file of session `id`.
    public func url(for id: String) -> URL {
        folder.appendingPathComponent("\(id).json")
    }

    /// The empty owner-only file that says session `id` was sealed, so that a plaintext
    /// file found in its place is refused rather than continued in clear.
    public func markerURL(for id: String) -> URL {
        folder.appendingPathComponent("\(id).sealed")
    }

    /// The file session `id` is locked on (`lock(_:)`).
    func lockURL(for id: String) -> URL {
        folder.appendingPathComponent("\(id).lock")
    }

    /// The id of the one session whose id is `given` or starts with it, so that a person
    /// can type the first few characters of a long id.
    public func resolve(_ given: String) throws(SessionStoreError) -> String {
        let typed = given.lowercased()
        guard Self.isValidID(typed) else { throw .notFound(given) }
        if FileManager.default.fileExists(atPath: url(for: typed).path) { return typed }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let matches = names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
            .filter { Self.isValidID($0) && $0.hasPrefix(typed) }.sorted()
        switch matches.count {
        case 0: throw .notFound(given)
        case 1: return matches[0]
        default: throw .ambiguous(given, matches: matches)
        }
    }

    /// Session ids are generated, never typed paths: letters, digits and '-' only.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Reads session `id`, without first removing leftovers.
    private func read(_ id: String, passphrase: String?) throws(SessionStoreError) -> (state: SessionState, key: SessionKey?) {
        let file = url(for: id)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            if FileManager.default.fileExists(atPath: file.path) {
                throw .io(path: file.path, reason: "permission denied")
            }
            throw .notFound(id)
        }
        var plaintext = data
        var key: SessionKey?
        if let envelope = SessionSealer.envelope(in: data) {
            guard let passphrase else { throw .needsPassphrase(id) }
            do {
                (plaintext, key) = try SessionSealer.open(envelope, passphrase: passphrase)
            } catch .wrongPassphraseOrTampered {
                throw .wrongPassphraseOrTampered(id)
            } catch {
                throw try moveAside(id)
            }
        } else if FileManager.default.fileExists(atPath: markerURL(for: id).path) {
            throw .sealedButStoredInClear(id, marker: markerURL(for: id).path)
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let state = try? decoder.decode(SessionState.self, from: plaintext), state.id == id else {
            throw try moveAside(id)
        }
        return (state, key)
    }

    /// Shreds what interrupted saves left in the folder (`AtomicFile.removeLeftovers`),
    /// except the temporary file of a session another process has open and may be
    /// saving right now. `held` is a session whose lock this process holds itself.
    private func removeLeftovers(holding held: String? = nil) throws(SessionStoreError) {
        do {
            try AtomicFile.removeLeftovers(in: folder) { target in
                guard target.hasSuffix(".json") else { return false }
                let id = String(target.dropLast(5))
                guard Self.isValidID(id), id != held else { return false }
                do {
                    try SessionLock(id: id, file: lockURL(for: id)).release()
                    return false
                } catch {
                    return true
                }
            }
        } catch {
            throw .io(path: error.path, reason: error.reason)
        }
    }

    /// `removeLeftovers`, when saving or loading: a leftover that cannot be removed must
    /// not stop a person's answers from being saved or read; `list` reports it.
    private func removeLeftoversQuietly() {
        try? removeLeftovers()
    }

    /// Writes the empty owner-only marker of a sealed session.
    private func createMarker(_ marker: URL) throws(SessionStoreError) {
        let descriptor = open(marker.path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .io(path: marker.path, reason: String(cString: strerror(errno))) }
        close(descriptor)
    }

    private func moveAside(_ id: String) throws(SessionStoreError) -> SessionStoreError {
        let file = url(for: id)
        var aside = file.path + ".corrupt"
        var counter = 1
        while FileManager.default.fileExists(atPath: aside) {
            counter += 1
            aside = file.path + ".\(counter).corrupt"
        }
        guard rename(file.path, aside) == 0 else {
            throw .io(path: file.path, reason: String(cString: strerror(errno)))
        }
        return .corrupt(id, movedTo: aside)
    }

    private func shredFolder(_ folder: URL) throws(SessionStoreError) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            let item = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: item.path, isDirectory: &isDirectory)
            if exists, isDirectory.boolValue { try shredFolder(item) } else { try shred(item) }
        }
        guard rmdir(folder.path) == 0 else { throw .io(path: folder.path, reason: String(cString: strerror(errno))) }
    }

    private func shred(_ file: URL) throws(SessionStoreError) {
        do {
            try FileShredder.shred(file)
        } catch {
            throw .io(path: error.path, reason: error.reason)
        }
    }
}
