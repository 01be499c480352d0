import Foundation
import PlaybookKit

/// Where the tool keeps a person's data: `$XDG_DATA_HOME/playbook` (default
/// `~/.local/share/playbook`), owner-only.
enum DataDirectory {
    static func root(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("playbook")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/playbook")
    }

    /// A new private folder for the files one run's actions write (evidence and incident logs).
    static func newWorkspace() throws -> URL {
        let root = root()
        let folder = root.appendingPathComponent("workspaces").appendingPathComponent(UUID().uuidString.lowercased())
        do {
            try AtomicFile.makePrivateDirectory(root)
            try AtomicFile.makePrivateDirectory(root.appendingPathComponent("workspaces"))
            try AtomicFile.makePrivateDirectory(folder)
        } catch {
            throw CommandFailure(error.message)
        }
        return folder
    }
}
