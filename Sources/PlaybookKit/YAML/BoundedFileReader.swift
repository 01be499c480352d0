#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file only after checking its size, so that a huge file or a device
/// is refused instead of filling memory.
enum BoundedFileReader {
    /// The bytes of the regular file at `path`, refused when larger than `limit`.
    static func contents(of path: String, limit: Int) throws(YAMLError) -> [UInt8] {
        func unreadable(_ what: String) -> YAMLError {
            .unreadable(file: path, reason: "\(what): \(String(cString: strerror(errno)))")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable("cannot open it") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw unreadable("cannot inspect it") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .unreadable(file: path, reason: "it is not a regular file")
        }
        let size = Int(info.st_size)
        guard size <= limit else { throw .fileTooLarge(file: path, bytes: size, limit: limit) }
        var failed = false
        // One byte more than `fstat` promised reveals a file that grew meanwhile.
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while count < buffer.count {
                let result = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if result < 0 && errno == EINTR { continue }
                if result < 0 { failed = true }
                if result <= 0 { break }
                count += result
            }
        }
        if failed { throw unreadable("cannot read it") }
        guard bytes.count <= size else {
            throw .unreadable(file: path, reason: "it changed while being read; try again once it is saved")
        }
        return bytes
    }
}
