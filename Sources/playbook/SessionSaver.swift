import Foundation
import PlaybookKit

#if canImport(Glibc)
    import Glibc
#endif

/// Saves a session after every change, and makes Ctrl-C save and stop like Ctrl-D: the
/// interrupt waits for a save in progress to finish, says how to resume, and exits.
final class SessionSaver: @unchecked Sendable {
    private let store: SessionStore
    private let passphrase: String?
    private let lock = NSLock()
    private var interrupt: (any DispatchSourceSignal)?

    init(store: SessionStore, passphrase: String?) {
        self.store = store
        self.passphrase = passphrase
    }

    /// Saves `state` atomically (sealed when a passphrase was given).
    func save(_ state: SessionState) throws(RunFailure) {
        lock.lock()
        defer { lock.unlock() }
        do {
            try store.save(state, passphrase: passphrase)
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
