import Foundation

/// Finds the playbooks shipped with the tool: beside an installed binary
/// (`<prefix>/share/playbook/playbooks`), or in the source tree it was built from.
enum ShippedLibrary {
    static func locate() -> String? {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent()
            .appendingPathComponent("../share/playbook/playbooks").standardizedFileURL.path
        let sourceTree = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("playbooks").path
        return [installed, sourceTree].first { FileManager.default.fileExists(atPath: $0) }
    }
}
