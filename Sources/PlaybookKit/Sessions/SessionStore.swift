import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Saved sessions: one file per session in a private folder (0700, files 0600),
/// replaced atomically on every save so an interruption never leaves half a session.
/// A file that cannot be understood is moved aside as `.corrupt`, never overwritten.
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

    /// Saves `state`, sealed when `passphrase` is given.
    public func save(_ state: SessionState, passphrase: String?) throws(SessionStoreError) {
        do {
            try AtomicFile.makePrivateDirectory(folder)
        } catch {
            throw .io(path: folder.path, reason: error.reason)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        var data: Data
        do {
            data = try encoder.encode(state)
            if let passphrase { data = try SessionSealer.seal(data, passphrase: passphrase) }
        } catch {
            throw .io(path: url(for: state.id).path, reason: "could not encode the session: \(error)")
        }
        do {
            try AtomicFile.write(data, to: url(for: state.id))
        } catch {
            throw .io(path: error.path, reason: error.reason)
        }
    }

    /// Loads the session `id`; `passphrase` is needed when it is encrypted.
    public func load(_ id: String, passphrase: String?) throws(SessionStoreError) -> SessionState {
        guard Self.isValidID(id) else { throw .notFound(id) }
        let file = url(for: id)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            if FileManager.default.fileExists(atPath: file.path) {
                throw .io(path: file.path, reason: "permission denied")
            }
            throw .notFound(id)
        }
        var plaintext = data
        if let envelope = SessionSealer.envelope(in: data) {
            guard let passphrase else { throw .needsPassphrase(id) }
            do {
                plaintext = try SessionSealer.open(envelope, passphrase: passphrase)
            } catch .wrongPassphraseOrTampered {
                throw .wrongPassphraseOrTampered(id)
            } catch {
                throw try moveAside(id)
            }
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let state = try? decoder.decode(SessionState.self, from: plaintext), state.id == id else {
            throw try moveAside(id)
        }
        return state
    }

    /// Every saved session, most recently changed first. Damaged files are moved aside
    /// and reported in `problems`.
    public func list() -> (sessions: [Summary], problems: [SessionStoreError]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var sessions: [Summary] = []
        var problems: [SessionStoreError] = []
        for name in names where name.hasSuffix(".json") {
            let id = String(name.dropLast(5))
            guard Self.isValidID(id) else { continue }
            let file = url(for: id)
            let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate) ?? Date.distantPast
            do {
                let state = try load(id, passphrase: nil)
                sessions.append(Summary(id: id, encrypted: false, state: state, modified: modified))
            } catch .needsPassphrase {
                sessions.append(Summary(id: id, encrypted: true, state: nil, modified: modified))
            } catch {
                problems.append(error)
            }
        }
        return (sessions.sorted { $0.modified > $1.modified }, problems)
    }

    /// Removes a session and the files its actions wrote: their bytes are overwritten
    /// with zeros before they are unlinked. Flash storage and file-system journals may
    /// still keep old copies.
    public func delete(_ id: String) throws(SessionStoreError) {
        guard Self.isValidID(id), FileManager.default.fileExists(atPath: url(for: id).path) else { throw .notFound(id) }
        try shred(url(for: id))
        try shredFolder(folder.appendingPathComponent("\(id).files"))
    }

    /// Removes every session, with the files their actions wrote and damaged files kept
    /// aside; returns how many sessions were removed.
    public func wipe() throws(SessionStoreError) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed = 0
        for name in names.sorted() {
            let item = folder.appendingPathComponent(name)
            if name.hasSuffix(".files") {
                try shredFolder(item)
            } else if name.hasSuffix(".json") || name.hasSuffix(".corrupt") {
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

    /// The private folder where the actions of session `id` keep their files (evidence
    /// and incident logs), created owner-only.
    public func workspace(for id: String) throws(SessionStoreError) -> URL {
        let url = folder.appendingPathComponent("\(id).files")
        do {
            try AtomicFile.makePrivateDirectory(folder)
            try AtomicFile.makePrivateDirectory(url)
        } catch {
            throw .io(path: error.path, reason: error.reason)
        }
        return url
    }

    /// Session ids are generated, never typed paths: letters, digits and '-' only.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
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
        let descriptor = open(file.path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: file.path, reason: String(cString: strerror(errno))) }
        var info = stat()
        fstat(descriptor, &info)
        let zeros = [UInt8](repeating: 0, count: 64 * 1024)
        var remaining = Int(info.st_size)
        while remaining > 0 {
            let written = zeros.withUnsafeBytes { write(descriptor, $0.baseAddress!, min(remaining, zeros.count)) }
            if written <= 0 { break }
            remaining -= written
        }
        fsync(descriptor)
        close(descriptor)
        guard unlink(file.path) == 0 else { throw .io(path: file.path, reason: String(cString: strerror(errno))) }
    }
}
