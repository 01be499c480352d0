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
            Every answer is saved at once; continue later with 'playbook resume'. Without a \
            terminal, answers are read one per line from standard input. With --answers FILE, \
            the answers come from a YAML mapping of step id to answer (an option's value, label \
            or number; typed text; or a list of the checklist items done). Nothing contacts the \
            network without your consent: at a terminal you are asked each time; otherwise only \
            with --allow-network.
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
        if let answers {
            try runScripted(loaded, answers: answers)
            return
        }
        let console = StandardConsole()
        let key = options.encrypts(encrypt) ? try options.newKey(console: console) : nil
        let session = try SessionRunner(library: loaded, options: options, console: console, key: key, allowNetwork: allowNetwork)
        let state = try session.start(id)
        let lock = try options.lock(state.id)
        defer { lock.release() }
        try session.run(state)
    }

    private func runScripted(_ loaded: PlaybookLibrary, answers: String) throws {
        let script = try AnswersFile.read(answers)
        let language = Translations.language(options.lang)
        let text = Translations.uiText(language, library: loaded)
        var engine = Engine(playbooks: loaded.playbooks(in: language), registry: StandardFacets.registry)
        engine.answerText = Translations.answerText(language, library: loaded)
        // In the session store's folder, so that 'playbook sessions wipe' removes it too.
        let workspace: URL
        do {
            workspace = try options.store.workspace(for: UUID().uuidString.lowercased())
        } catch {
            throw CommandFailure(error.message)
        }
        let allow = allowNetwork
        let context = ActionContext(
            files: FileAccess(allowing: script.entries.flatMap(\.answer.texts)),
            askConsent: { request in
                printError(text(allow ? "network.contacting" : "network.not-contacting", request.host, request.purpose))
                return allow
            },
            workspace: workspace,
            directory: loaded.directory(in: language),
            libraryRoots: loaded.roots,
            language: loaded.facetLanguage(language),
            emit: { print(TextWrapper.wrap($0)) }
        )
        let printer = TranscriptPrinter(directory: loaded.directory(in: language), style: TerminalStyle(descriptor: STDOUT_FILENO), text: text)
        do {
            let state = try ScriptedRun(engine: engine, context: context).run(id, script: script) { printer.print($0) }
            let written = (try? FileManager.default.contentsOfDirectory(atPath: workspace.path)) ?? []
            if written.isEmpty {
                try? FileManager.default.removeItem(at: workspace)
            } else {
                print("\n" + text("files.written", "\(state.actions.count)", workspace.path))
            }
        } catch {
            throw CommandFailure(error.message)
        }
    }
}

extension AnswerScript.Answer {
    /// The texts of the answer, which may name files the person allows actions to read.
    var texts: [String] {
        switch self {
        case .one(let text): return [text]
        case .many(let texts): return texts
        }
    }
}
