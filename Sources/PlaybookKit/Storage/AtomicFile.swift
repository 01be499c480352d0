import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that an interruption at any moment leaves either the old complete
/// file or the new complete file, never a mix: write a temporary file beside the target,
/// flush it to disk, rename it over the target, then flush the folder.
public enum AtomicFile {
    /// Why a write failed; the target is left as it was.
    public struct WriteError: Error, Hashable, Sendable {
        /// The file that was being written.
        public var path: String
        /// The system's reason.
        public var reason: String

        /// A message for the person.
        public var message: String { "could not save '\(path)': \(reason); nothing was changed" }
    }

    /// Replaces the file at `url` with `data`, readable and writable by the owner only.
    public static func write(_ data: Data, to url: URL, permissions: mode_t = 0o600) throws(WriteError) {
        let path = url.path
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        func failure(_ what: String) -> WriteError {
            WriteError(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw failure("cannot create a temporary file") }
        var written = 0
        let ok = data.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
        if !ok || fsync(descriptor) != 0 {
            let error = failure("cannot write")
            close(descriptor)
            unlink(temporary)
            throw error
        }
        fchmod(descriptor, permissions)
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot replace the file")
            unlink(temporary)
            throw error
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Creates `url` and its parents if missing, and makes it owner-only (0700).
    public static func makePrivateDirectory(_ url: URL) throws(WriteError) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: url.path, reason: error.localizedDescription)
        }
        guard chmod(url.path, 0o700) == 0 else {
            throw WriteError(path: url.path, reason: String(cString: strerror(errno)))
        }
    }
}
