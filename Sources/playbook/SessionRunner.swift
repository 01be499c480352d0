import Foundation
import PlaybookKit
import PlaybookTerminal

/// Starts or continues a saved session at the console: the shared part of `run` and `resume`.
struct SessionRunner {
    let library: PlaybookLibrary
    let store: SessionStore
    let console: StandardConsole
    /// The key every save is sealed with; nil for a plaintext session.
    let key: SessionKey?
    let allowNetwork: Bool
    let engine: Engine
    let text: UIText
    let language: String

    init(library: PlaybookLibrary, options: SessionOptions, console: StandardConsole, key: SessionKey?, allowNetwork: Bool) throws {
        self.library = library
        store = options.store
        self.console = console
        self.key = key
        self.allowNetwork = allowNetwork
        language = Translations.language(options.lang)
        var engine = Engine(playbooks: library.playbooks(in: language), registry: StandardFacets.registry)
        engine.answerText = Translations.answerText(language, library: library)
        self.engine = engine
        text = Translations.uiText(language, library: library)
    }

    /// A new session at the start of playbook `id`.
    func start(_ id: String) throws -> SessionState {
        do {
            return try engine.start(id, sessionID: UUID().uuidString.lowercased(), at: Date()).state
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Runs `state` until it ends or the person stops; exits 1 when piped input did not fit.
    func run(_ state: SessionState) throws {
        let workspace: URL
        do {
            workspace = try store.workspace(for: state.id)
        } catch {
            throw CommandFailure(error.message)
        }
        let directory = library.directory(in: language)
        let context = ActionContext(
            workspace: workspace, directory: directory, libraryRoots: library.roots, language: library.facetLanguage(language))
        let store = self.store
        let key = self.key
        let interactive = InteractiveRun(
            engine: engine, console: console, context: context, directory: directory, text: text,
            style: TerminalStyle(descriptor: STDOUT_FILENO), allowNetworkWithoutAsking: allowNetwork
        ) { state in
            do {
                try store.save(state, key: key)
            } catch let error as SessionStoreError {
                throw CommandFailure(error.message)
            }
        }
        if case .failed(let state, let message) = interactive.run(state) {
            throw CommandFailure("\(message)\n\(text("failed.saved", state.id))")
        }
    }
}
