import Foundation
import PlaybookKit
import PlaybookTerminal

/// Starts or continues a saved session at the console, or runs one from an answers file:
/// the shared part of `run` and `resume`. Every run is a saved session, whatever its input.
struct SessionRunner {
    let library: PlaybookLibrary
    let options: SessionOptions
    let console: StandardConsole
    let allowNetwork: Bool
    let engine: Engine
    let text: UIText
    let language: String
    let saver: SessionSaver

    /// A runner in `language` (the session's, when resuming), saving to the store.
    init(library: PlaybookLibrary, options: SessionOptions, language: String, console: StandardConsole, key: SessionKey?, allowNetwork: Bool) {
        self.library = library
        self.options = options
        self.console = console
        self.allowNetwork = allowNetwork
        self.language = language
        var engine = Engine(playbooks: library.playbooks(in: language), registry: StandardFacets.registry)
        engine.answerText = Translations.answerText(language, library: library)
        self.engine = engine
        text = Translations.uiText(language, library: library)
        saver = SessionSaver(store: options.store, key: key)
    }

    private var context: ActionContext {
        var context = ActionContext(
            directory: library.directory(in: language), libraryRoots: library.roots, language: library.facetLanguage(language))
        context.directoryText = library.directoryText(language)
        return context
    }

    /// At a terminal the person is asked before anything is contacted; piped input
    /// cannot be asked, so it is declined unless --allow-network says otherwise.
    private var network: NetworkPolicy {
        allowNetwork ? .allow : console.isInteractive ? .ask : .decline
    }

    /// Starts playbook `id` at the console; exits 1 when piped input did not fit.
    func start(_ id: String) throws {
        let terminal = terminalSession()
        let sessionID = UUID().uuidString.lowercased()
        // Held for the whole run, so that a second window cannot save over this one.
        let lock = try options.lock(sessionID)
        defer { lock.release() }
        var driver = try begin(id, sessionID: sessionID, onEvent: terminal.show)
        try finish(terminal.run(&driver))
    }

    /// Continues `state` at the console; the caller holds the session's lock.
    func resume(_ state: SessionState) throws {
        let terminal = terminalSession()
        var driver = SessionDriver(
            engine: engine, state: state, context: context, network: network, save: saver.save, onEvent: terminal.show)
        saver.stopOnInterrupt(saying: text.closing("saved", id: state.id, command: UIText.resumeCommand(state.id)))
        try finish(terminal.run(&driver))
    }

    /// Runs playbook `id` with the answers of `script`, printing a transcript.
    func run(_ id: String, script: AnswerScript) throws {
        let printer = TranscriptPrinter(style: TerminalStyle(descriptor: STDOUT_FILENO), text: text, directoryText: library.directoryText(language))
        let sessionID = UUID().uuidString.lowercased()
        let lock = try options.lock(sessionID)
        defer { lock.release() }
        var driver = try begin(id, sessionID: sessionID, onEvent: printer.print)
        var input = ScriptedInput(script)
        let end = driver.run(&input)
        if case .failed(let state, let failure) = end {
            throw CommandFailure("\(message(for: failure))\n\(text.closing("failed.saved", id: state.id, command: UIText.resumeCommand(state.id)))")
        }
        let id = end.state.id
        print("\n" + (end.state.outcome == nil
            ? text.closing("saved", id: id, command: UIText.resumeCommand(id))
            : text.closing("finished", id: id, command: UIText.reportCommand(id))))
    }

    private func terminalSession() -> TerminalSession {
        TerminalSession(
            engine: engine, console: console, text: text, directoryText: library.directoryText(language),
            style: TerminalStyle(descriptor: STDOUT_FILENO))
    }

    private func begin(_ id: String, sessionID: String, onEvent: @escaping @Sendable (DriverEvent) -> Void) throws -> SessionDriver {
        saver.stopOnInterrupt(saying: text.closing("saved", id: sessionID, command: UIText.resumeCommand(sessionID)))
        do {
            return try SessionDriver.start(
                id, sessionID: sessionID, language: language, engine: engine, context: context, network: network,
                save: saver.save, onEvent: onEvent)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// What went wrong, in the run's words where the person's answer or an action was the cause.
    private func message(for failure: RunFailure) -> String {
        switch failure {
        case .refused(let step, let message), .action(let step, let message): return text("failed.step", step.step, message)
        default: return failure.message
        }
    }

    private func finish(_ end: RunEnd) throws {
        if case .failed(let state, let failure) = end {
            throw CommandFailure("\(message(for: failure))\n\(text.closing("failed.saved", id: state.id, command: UIText.resumeCommand(state.id)))")
        }
    }
}
