import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook export`: writes the files a session's actions kept (the evidence log, the
/// incident log and its CSV and Markdown exports) to a folder the person names. They
/// live inside the session, sealed with it when it is encrypted, until exported.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the files a session kept (evidence and incident logs) to a folder.",
        discussion: """
            The files are written owner-only, in clear, into the folder you name (created if \
            needed); a file there that is a symbolic link is refused. Without --to, the \
            files are listed.
            """
    )

    @OptionGroup var options: SessionOptions

    @Argument(help: "The session's id (see 'playbook sessions').")
    var session: String

    @Option(help: ArgumentHelp("The folder to write the files into.", valueName: "dir"))
    var to: String?

    func run() throws {
        let state = try options.load(try options.sessionID(session), console: StandardConsole()).state
        let names = state.files.keys.sorted()
        guard !names.isEmpty else {
            print("Session \(state.id) keeps no files.")
            return
        }
        guard let to else {
            names.forEach { print($0) }
            return
        }
        // A folder that exists keeps its permissions; a new one is owner-only.
        if !FileManager.default.fileExists(atPath: to) {
            do {
                try AtomicFile.makePrivateDirectory(URL(fileURLWithPath: to))
            } catch {
                throw CommandFailure(error.message)
            }
        }
        for name in names {
            // Names come from facets; only the last part is used, so none leaves the folder.
            let file = URL(fileURLWithPath: to).appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent)
            try ChosenFile.write(state.files[name]!, to: file.path)
        }
        print("Wrote \(names.joined(separator: ", ")) to \(to).")
    }
}
