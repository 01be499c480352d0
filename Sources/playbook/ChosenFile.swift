import Foundation
import PlaybookKit

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a file where the person asked for it (a report, an exported log): the only
/// place anything of a session is written in clear. Atomic and owner-only; a symbolic
/// link there is refused, so that nobody expects the file where the link led (renaming
/// over a link replaces the link, never what it points to).
enum ChosenFile {
    static func write(_ data: Data, to path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            throw CommandFailure("'\(path)' is a symbolic link, so nothing was written and nothing it points to was changed; choose another file name, or remove the link if you made it")
        }
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
