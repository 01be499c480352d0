import Foundation

/// Where actions keep the files of a session (the evidence log, the incident log and its
/// exports), by name. A saved session keeps them inside its own file (`SessionFiles`),
/// so sealing the session seals them too and a crash can never leave a log that
/// disagrees with the session; tests may use a folder instead (`FolderWorkspace`).
public protocol ActionWorkspace: Sendable {
    /// The file called `name`, or nil when the session has none yet.
    func read(_ name: String) throws(ActionError) -> Data?
    /// Replaces the file called `name` with `data`, all at once.
    func write(_ name: String, _ data: Data) throws(ActionError)
}

/// A session's files held in memory, to be saved with the session: what the driver hands
/// actions, and takes back from after they ran.
public final class SessionFiles: ActionWorkspace, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: Data]

    /// Files starting as `contents`.
    public init(_ contents: [String: Data] = [:]) {
        stored = contents
    }

    /// Every file by name.
    public var contents: [String: Data] { lock.withLock { stored } }

    public func read(_ name: String) throws(ActionError) -> Data? {
        lock.withLock { stored[name] }
    }

    public func write(_ name: String, _ data: Data) throws(ActionError) {
        lock.withLock { stored[name] = data }
    }
}

/// A session's files as files in a private folder (0700, files 0600, written atomically):
/// for facet tests that look at what an action wrote.
public struct FolderWorkspace: ActionWorkspace {
    /// The folder.
    public var folder: URL

    /// Files in `folder`, created owner-only on the first write.
    public init(_ folder: URL) {
        self.folder = folder
    }

    public func read(_ name: String) throws(ActionError) -> Data? {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .fileUnavailable(name, reason: error.localizedDescription)
        }
    }

    public func write(_ name: String, _ data: Data) throws(ActionError) {
        do throws(AtomicFile.WriteError) {
            if !FileManager.default.fileExists(atPath: folder.path) { try AtomicFile.makePrivateDirectory(folder) }
            try AtomicFile.write(data, to: folder.appendingPathComponent(name))
        } catch {
            throw .fileUnavailable(name, reason: error.reason)
        }
    }
}
