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

    /// Whether sessions are to be sealed: the command's `--encrypt`, or `PLAYBOOK_ENCRYPT=1`.
    func encrypts(_ flag: Bool) -> Bool {
        flag || ProcessInfo.processInfo.environment["PLAYBOOK_ENCRYPT"] == "1"
    }

    /// A new key for sealing a session: the passphrase (confirmed at a terminal) goes
    /// through scrypt once, here, and every save of the run seals with the result.
    func newKey(console: Console) throws -> SessionKey {
        let passphrase = try passphrase(console: console, confirm: console.isInteractive)
        do {
            return try SessionKey.derive(passphrase: passphrase)
        } catch {
            throw CommandFailure("could not make a key from the passphrase (\(error)); nothing was saved, try again")
        }
    }

    /// Loads session `id`, asking for its passphrase only when it is encrypted; returns
    /// the key it was sealed with too, so that later saves seal it again without scrypt.
    func load(_ id: String, console: Console) throws -> (state: SessionState, key: SessionKey?) {
        do {
            return try store.load(id, passphrase: nil)
        } catch .needsPassphrase {
            let passphrase = try passphrase(console: console, confirm: false)
            do {
                return try store.load(id, passphrase: passphrase)
            } catch {
                throw CommandFailure(error.message)
            }
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// The full id of the session `given` names: the id, or its first characters.
    func sessionID(_ given: String) throws -> String {
        do {
            return try store.resolve(given)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Takes the lock of session `id` for this process (see `SessionLock`); keep the value
    /// for as long as the session is in use.
    func lock(_ id: String) throws -> SessionLock {
        do {
            return try store.lock(id)
        } catch {
            throw CommandFailure(error.message)
        }
    }
}
