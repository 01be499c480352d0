import Foundation

/// A file of the library and what it holds, decided by where it stands: organisations
/// under a `directory/` folder, facet data under `data/`, trainer scenarios under
/// `scenarios/`, translations under `i18n/<language>/`, playbook tests named
/// `*.test.yaml`, and playbooks everywhere else.
public struct LibraryFile: Hashable, Sendable {
    /// What a file holds.
    public enum Kind: String, Hashable, Sendable {
        case playbook, organisation, data, scenario, test, translation
    }

    /// The path as found or given.
    public var path: String
    /// What it holds.
    public var kind: Kind

    /// Classifies `path`.
    public init(path: String) {
        self.path = path
        let components = path.split(separator: "/").dropLast().map(String.init)
        let name = (path as NSString).lastPathComponent
        if name.hasSuffix(".test.yaml") || name.hasSuffix(".test.yml") {
            kind = .test
        } else if components.contains("i18n") {
            kind = .translation
        } else if components.last == "directory" {
            kind = .organisation
        } else if components.contains("data") {
            kind = .data
        } else if components.contains("scenarios") {
            kind = .scenario
        } else {
            kind = .playbook
        }
    }

    /// The YAML files under each path (a file is taken as it is, a folder is searched
    /// recursively), in a stable order; paths that do not exist are returned as errors.
    public static func discover(_ paths: [String]) -> (files: [LibraryFile], missing: [Diagnostic]) {
        var files: [LibraryFile] = []
        var missing: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(Diagnostic(.error, "unreadable-file", "no such file or folder; check the path", at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(LibraryFile(path: path))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = (manager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
            files += found.map { LibraryFile(path: base + "/" + $0) }
        }
        return (files, missing)
    }
}
