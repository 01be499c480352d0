import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Proof that this process alone has a session open: an advisory `flock` on
/// `<id>.lock` in the sessions folder, held while the descriptor stays open. Two windows
/// resuming the same session would otherwise each save their own answers over the
/// other's. The lock goes with the descriptor: on `release()`, when the value is
/// dropped, or when the process ends, even by a crash, so a lock is never left stale.
public final class SessionLock: Sendable {
    /// The session it locks.
    public let id: String
    private let descriptor: Int32
    private let released = Released()

    /// Takes the lock of session `id` at `file`, without waiting.
    init(id: String, file: URL) throws(SessionStoreError) {
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .io(path: file.path, reason: String(cString: strerror(errno))) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            close(descriptor)
            if reason == EWOULDBLOCK { throw .inUse(id) }
            throw .io(path: file.path, reason: String(cString: strerror(reason)))
        }
        self.id = id
        self.descriptor = descriptor
    }

    /// Lets another process open the session; later calls do nothing.
    public func release() {
        if released.set() { close(descriptor) }
    }

    deinit {
        release()
    }

    /// Whether the lock was released, set once.
    private final class Released: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false

        /// Marks it released; true only the first time.
        func set() -> Bool {
            lock.withLock {
                defer { done = true }
                return !done
            }
        }
    }
}
