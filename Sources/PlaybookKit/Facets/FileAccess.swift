import Foundation

/// The files an action may read: only those the person named in this session. A
/// playbook cannot make an action read `~/.ssh` by naming it; the person must have
/// typed the path as an answer.
public struct FileAccess: Sendable {
    /// Standardised absolute paths the person gave.
    public private(set) var allowedPaths: Set<String>

    /// Creates access to the given paths (relative ones resolve against the working directory).
    public init(allowing paths: some Sequence<String> = []) {
        allowedPaths = Set(paths.map(FileAccess.standardise))
    }

    /// Adds a path the person gave.
    public mutating func allow(_ path: String) {
        allowedPaths.insert(FileAccess.standardise(path))
    }

    /// Whether `path` may be read.
    public func isAllowed(_ path: String) -> Bool {
        allowedPaths.contains(FileAccess.standardise(path))
    }

    /// Whether `path` names a regular file here, for checking a typed path at once.
    public static func isRegularFile(_ path: String) -> Bool {
        let url = URL(fileURLWithPath: standardise(path))
        return (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
    }

    /// Reads a file the person named, at most `limit` bytes.
    public func read(_ path: String, limit: Int = 256 << 20) throws(ActionError) -> Data {
        guard isAllowed(path) else { throw .fileNotAllowed(path) }
        let url = URL(fileURLWithPath: FileAccess.standardise(path))
        let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
        guard values?.isRegularFile == true else {
            throw .fileUnavailable(path, reason: "it does not exist or is not a regular file")
        }
        if let size = values?.fileSize, size > limit {
            throw .fileUnavailable(path, reason: "it is larger than \(limit) bytes")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .fileUnavailable(path, reason: error.localizedDescription)
        }
    }

    private static func standardise(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let absolute =
            expanded.hasPrefix("/")
            ? expanded : FileManager.default.currentDirectoryPath + "/" + expanded
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }
}
