import Foundation
import PlaybookKit

#if canImport(Glibc)
    import Glibc
#endif

/// Saves a session after every change, and makes Ctrl-C save and stop like Ctrl-D: the
/// interrupt waits for a save in progress to finish, says how to resume, and exits.
final class SessionSaver: @unchecked Sendable {
    private let store: SessionStore
    private let key: SessionKey?
    private let lock = NSLock()
    private var interrupt: (any DispatchSourceSignal)?

    init(store: SessionStore, key: SessionKey?) {
        self.store = store
        self.key = key
    }

    /// Saves `state` atomically, sealed with the run's key when it has one (derived once,
    /// so a save costs milliseconds).
    func save(_ state: SessionState) throws(RunFailure) {
        lock.lock()
        defer { lock.unlock() }
        do {
            try store.save(state, key: key)
        } catch {
            throw .save(error.message)
        }
    }

    /// From now on Ctrl-C prints `message` once the session is safely on disk, and exits 130.
    func stopOnInterrupt(saying message: String) {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [lock] in
            lock.lock()
            FileHandle.standardOutput.write(Data(("\n\n" + message + "\n").utf8))
            exit(130)
        }
        source.resume()
        interrupt = source
    }
}
