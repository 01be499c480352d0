import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook run` (and `playbook` alone): walks a person through a playbook, saving
/// every answer; with `--answers` it runs to the end without asking anything.
struct RunCommand: ParsableCommand {
    /// The playbook a defender starts with when they do not know where to start.
    static let entryPlaybook = "what-is-happening"

    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a playbook, step by step (default: \"What is happening?\").",
        discussion: """
            Every answer, checklist item and note is saved at once; continue later with \
            'playbook resume'. Without a terminal, answers are read one per line from standard \
            input (a checklist takes a line per item: 1 done, 2 not yet, 3 does not apply). \
            With --answers FILE, the answers come from a YAML mapping of step id to answer (an \
            option's value, label or number; typed text; or a list of the checklist items \
            done), and the run is saved as a session like any other. Nothing contacts the \
            network without your consent: at a terminal you are asked each time, naming the \
            full address; otherwise only with --allow-network.
            """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var options: SessionOptions

    @Argument(help: "The playbook's id (see 'playbook list').")
    var id: String = RunCommand.entryPlaybook

    @Option(help: ArgumentHelp("Answers given ahead of time (YAML).", valueName: "file"))
    var answers: String?

    @Flag(help: "Let actions contact the hosts they name without asking (for scripts).")
    var allowNetwork = false

    @Flag(help: "Encrypt the saved session with a passphrase (also: PLAYBOOK_ENCRYPT=1).")
    var encrypt = false

    func run() throws {
        let loaded = try library.load()
        guard loaded.playbook(id) != nil else {
            throw CommandFailure("there is no playbook '\(id)'\(Suggestion.hint(for: id, in: loaded.playbooks.map(\.id))); run 'playbook list' to see them")
        }
        let script = try answers.map(AnswersFile.read)
        let console = StandardConsole()
        let key = options.encrypts(encrypt) ? try options.newKey(console: console) : nil
        let session = SessionRunner(
            library: loaded, options: options, language: Translations.language(options.lang), console: console,
            key: key, allowNetwork: allowNetwork)
        if let script {
            try session.run(id, script: script)
        } else {
            try session.start(id)
        }
    }
}
