import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook resume`: continues a saved session where it stopped.
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a saved session (default: the most recent one)."
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var options: SessionOptions

    @Argument(help: "The session's id (see 'playbook sessions').")
    var id: String?

    @Flag(help: "Let actions contact the hosts they name without asking (for scripts).")
    var allowNetwork = false

    @Flag(help: "Encrypt the session with a new passphrase if it is not encrypted yet (also: PLAYBOOK_ENCRYPT=1).")
    var encrypt = false

    func run() throws {
        let loaded = try library.load()
        let store = options.store
        let console = StandardConsole()
        let unfinished = store.list().sessions.first { $0.state?.outcome == nil }
        guard let given = id ?? unfinished?.id else {
            throw CommandFailure("there is no unfinished session to continue; start one with 'playbook'")
        }
        let id = try options.sessionID(given)
        // Held until the run ends, so that a second window cannot save over this one.
        let lock = try options.lock(id)
        defer { lock.release() }
        var (state, key) = try options.load(id, console: console)
        if key == nil, options.encrypts(encrypt) {
            // Sealed at once: the plaintext file is replaced (and shredded) before any
            // new answer is given.
            key = try options.newKey(console: console)
            do {
                try store.save(state, key: key)
            } catch {
                throw CommandFailure(error.message)
            }
        }
        // The session's own language, unless --lang asks for another.
        let language = options.lang.map { Translations.language($0) } ?? state.language ?? Translations.language(nil)
        let runner = SessionRunner(library: loaded, options: options, language: language, console: console, key: key, allowNetwork: allowNetwork)
        switch runner.engine.checkVersions(of: state) {
        case .unchanged:
            break
        case .changed(let playbooks):
            console.line(runner.text("resume.changed", playbooks.joined(separator: ", ")))
            do {
                state = try runner.engine.migrate(state)
            } catch {
                throw CommandFailure("this session cannot continue on the new version: \(error.message)")
            }
        case .broken(let position):
            throw CommandFailure("the step '\(position.step)' of playbook '\(position.playbook)' that this session went through no longer exists, so it cannot continue; start again with 'playbook run \(state.entry)' (the old session is kept)")
        }
        if state.outcome != nil {
            console.line(runner.text.closing("resume.ended", id: state.id, command: UIText.reportCommand(state.id)))
            return
        }
        try runner.resume(state)
    }
}
