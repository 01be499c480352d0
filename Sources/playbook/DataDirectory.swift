import Foundation

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
}
