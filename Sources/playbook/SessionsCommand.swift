import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook sessions`: the saved sessions, and removing them.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List saved sessions, or delete them.",
        discussion: """
            Sessions are kept in $XDG_DATA_HOME/playbook/sessions (default \
            ~/.local/share/playbook/sessions), readable only by you. Deleting overwrites a \
            session's files before removing them; flash storage (SSDs, phones, USB sticks) \
            and backups may still keep old copies, so encrypt sessions on a device at risk.
            """,
        subcommands: [ListSessions.self, DeleteSession.self, WipeSessions.self],
        defaultSubcommand: ListSessions.self
    )

    struct ListSessions: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List saved sessions (the default).")

        @OptionGroup var options: SessionOptions
        @OptionGroup var library: LibraryOptions

        func run() throws {
            let store = options.store
            let (sessions, problems) = store.list()
            let loaded = try library.load()
            for problem in problems { printError(problem.message) }
            if sessions.isEmpty {
                print("No saved sessions.")
                return
            }
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
            for session in sessions {
                guard let state = session.state else {
                    print(TextWrapper.truncate("\(session.id)  encrypted, last saved \(formatter.string(from: session.modified))", to: 80))
                    continue
                }
                let title = loaded.playbook(state.entry)?.title ?? state.entry
                let status = state.outcome.map { "ended: \($0.outcome.rawValue)" } ?? "at \(state.position.step)"
                let steps = state.log.count
                print("\(state.id)")
                print(TextWrapper.wrap("\(title) · started \(formatter.string(from: state.startedAt)) · \(steps) answers · \(status)", width: 80, indent: "    ", firstIndent: "    "))
            }
        }
    }

    struct DeleteSession: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a session and the files its actions wrote.")

        @OptionGroup var options: SessionOptions
        @Argument(help: "The session's id (see 'playbook sessions').") var id: String

        func run() throws {
            let id = try options.sessionID(id)
            do {
                try options.store.delete(id)
            } catch {
                throw CommandFailure(error.message)
            }
            print("Deleted session \(id).")
        }
    }

    struct WipeSessions: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "wipe", abstract: "Delete every saved session.")

        @OptionGroup var options: SessionOptions

        func run() throws {
            do {
                let count = try options.store.wipe()
                print("Deleted \(count) session\(count == 1 ? "" : "s").")
            } catch {
                throw CommandFailure(error.message)
            }
        }
    }
}
