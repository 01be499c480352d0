import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that an interruption at any moment leaves either the old complete
/// file or the new complete file, never a mix: write a temporary file beside the target,
/// flush it to disk, rename it over the target, then flush the folder.
///
/// The temporary file is `.<name>.<32 random hex digits>.tmp`, created with
/// `O_CREAT | O_EXCL | O_NOFOLLOW`: nobody can guess its name ahead of time, and a file or
/// symbolic link planted at it makes the write fail instead of being written through.
/// A crash between creating and renaming it leaves it behind, holding what was being
/// saved; `removeLeftovers(in:)` shreds such files.
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
        let temporary = temporaryURL(for: url).path
        func failure(_ what: String) -> WriteError {
            WriteError(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
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

    /// A fresh temporary file name beside `url`: `.<name>.<128 random bits in hex>.tmp`.
    static func temporaryURL(for url: URL) -> URL {
        let random = Hex.encode((0..<16).map { _ in UInt8.random(in: 0...255) })
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(random).tmp")
    }

    /// The name of the file that `name` was the temporary file of, when it is one: this
    /// version's `.<name>.<32 hex digits>.tmp`, or `.<name>.<process id>.tmp` as earlier
    /// versions wrote them.
    public static func target(ofTemporary name: String) -> String? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let middle = name.dropFirst().dropLast(4)
        guard let dot = middle.lastIndex(of: "."), dot > middle.startIndex else { return nil }
        let token = middle[middle.index(after: dot)...]
        let isRandom = token.count == 32 && token.allSatisfy { $0.isHexDigit && !$0.isUppercase }
        let isProcessID = !token.isEmpty && token.count <= 10 && token.allSatisfy { ("0"..."9").contains($0) }
        guard isRandom || isProcessID else { return nil }
        return String(middle[..<dot])
    }

    /// Shreds the temporary files a crash left in `folder` (see `target(ofTemporary:)`),
    /// except those whose target `isInUse` says another writer may be saving right now;
    /// returns the files removed. They hold what was being saved (a person's answers), so
    /// they are overwritten before they are unlinked.
    @discardableResult
    public static func removeLeftovers(
        in folder: URL, skipping isInUse: (String) -> Bool = { _ in false }
    ) throws(FileShredder.Failure) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed: [URL] = []
        for name in names.sorted() {
            guard let target = target(ofTemporary: name), !isInUse(target) else { continue }
            let leftover = folder.appendingPathComponent(name)
            try FileShredder.shred(leftover)
            removed.append(leftover)
        }
        return removed
    }

    /// Creates `url` and its missing parents owner-only (0700, as the XDG base directory
    /// specification asks for data folders), and makes `url` itself owner-only.
    public static func makePrivateDirectory(_ url: URL) throws(WriteError) {
        var missing: [URL] = []
        var ancestor = url.standardizedFileURL
        while !FileManager.default.fileExists(atPath: ancestor.path), ancestor.path != "/" {
            missing.append(ancestor)
            ancestor.deleteLastPathComponent()
        }
        for folder in missing.reversed() where mkdir(folder.path, 0o700) != 0 && errno != EEXIST {
            throw WriteError(path: folder.path, reason: String(cString: strerror(errno)))
        }
        guard chmod(url.path, 0o700) == 0 else {
            throw WriteError(path: url.path, reason: String(cString: strerror(errno)))
        }
    }
}
