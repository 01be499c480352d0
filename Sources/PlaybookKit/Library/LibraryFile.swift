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

    /// The rule of a file refused because it resolves outside its library folder. Its
    /// diagnostic must not be shown with the file's first line: that line is outside.
    public static let outsideLibraryRule = "symlink-outside-library"

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
    /// recursively), in a stable order. Paths that do not exist are returned as errors, and
    /// so are files in a folder that resolve outside it (`symlink-outside-library`): a
    /// library sent by someone else must not make the tool read, and a linter quote, a
    /// file elsewhere on the person's machine. Links within the folder are followed.
    public static func discover(_ paths: [String]) -> (files: [LibraryFile], problems: [Diagnostic]) {
        var files: [LibraryFile] = []
        var problems: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Diagnostic(.error, "unreadable-file", "no such file or folder; check the path", at: SourceLocation(file: path, line: 1, column: 1)))
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
            let root = resolved(base) ?? base
            for relative in found {
                let file = base + "/" + relative
                if let target = resolved(file), !target.hasPrefix(root == "/" ? root : root + "/") {
                    problems.append(Diagnostic(
                        .error, outsideLibraryRule,
                        "this file is a symbolic link to '\(target)', outside the library '\(base)', so it was not read; copy the file into the library instead, or remove the link",
                        at: SourceLocation(file: file, line: 1, column: 1)))
                    continue
                }
                files.append(LibraryFile(path: file))
            }
        }
        return (files, problems)
    }

    /// `path` with every symbolic link resolved, or nil when it cannot be (a dangling link
    /// is then refused by the reader as unreadable).
    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
