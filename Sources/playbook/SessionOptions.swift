import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// Options for commands that read or write saved sessions.
struct SessionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Language of the text, e.g. es (default: $LANG, falling back to English).", valueName: "code"))
    var lang: String?

    /// The store under `$XDG_DATA_HOME/playbook/sessions`.
    var store: SessionStore {
        SessionStore(folder: DataDirectory.root().appendingPathComponent("sessions"))
    }

    /// The passphrase from `PLAYBOOK_PASSPHRASE`, or asked without echo.
    func passphrase(console: Console, confirm: Bool) throws -> String {
        if let fromEnvironment = ProcessInfo.processInfo.environment["PLAYBOOK_PASSPHRASE"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        guard console.isInteractive else {
            throw CommandFailure("this session is encrypted; without a terminal, give its passphrase in PLAYBOOK_PASSPHRASE")
        }
        console.write("Passphrase for this session: ")
        guard let first = console.readSecret(), !first.isEmpty else {
            throw CommandFailure("a passphrase is needed; type one, or set PLAYBOOK_PASSPHRASE")
        }
        if confirm {
            console.write("The same passphrase again: ")
            guard console.readSecret() == first else {
                throw CommandFailure("the two passphrases differ; nothing was saved")
            }
        }
        return first
    }

    /// Loads session `id`, asking for its passphrase only when it is encrypted; returns
    /// the passphrase too, so that later saves seal it again.
    func load(_ id: String, console: Console) throws -> (state: SessionState, passphrase: String?) {
        do {
            return (try store.load(id, passphrase: nil), nil)
        } catch .needsPassphrase {
            let passphrase = try passphrase(console: console, confirm: false)
            do {
                return (try store.load(id, passphrase: passphrase), passphrase)
            } catch {
                throw CommandFailure(error.message)
            }
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
