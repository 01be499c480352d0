import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes a file after overwriting its bytes with zeros, so that what a person typed is
/// not left readable in the freed blocks of a plain disk. Flash storage, file-system
/// journals and snapshots may still keep old copies: this is best effort, not a guarantee.
public enum FileShredder {
    /// Why a file could not be shredded; what was overwritten stays overwritten.
    public struct Failure: Error, Hashable, Sendable {
        /// The file.
        public var path: String
        /// The system's reason.
        public var reason: String
    }

    /// Overwrites `url` with zeros, flushes it to disk and unlinks it. A symbolic link is
    /// unlinked without touching what it points to (`O_NOFOLLOW`).
    public static func shred(_ url: URL) throws(Failure) {
        func failure() -> Failure { Failure(path: url.path, reason: String(cString: strerror(errno))) }
        let descriptor = open(url.path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        if descriptor >= 0 {
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
        } else if errno != ELOOP {
            throw failure()
        }
        guard unlink(url.path) == 0 else { throw failure() }
    }
}
