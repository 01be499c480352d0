import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook report`: what a session found and did, to keep or share.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report of a session as Markdown, HTML or JSON.",
        discussion: """
            The report holds the path taken and the answers, checklist status, action results \
            (indicators, evidence log with hashes, incident log, deadlines), notes, and the \
            organisations that can help. --redact leaves out typed answers and notes, for \
            sharing with a wider circle. Files are written readable only by you.
            """
    )

    /// The report's format.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html, json
    }

    @OptionGroup var library: LibraryOptions
    @OptionGroup var options: SessionOptions

    @Argument(help: "The session's id (see 'playbook sessions').")
    var session: String

    @Option(help: "md, html or json.")
    var format: Format = .md

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Leave out typed answers and notes.")
    var redact = false

    func run() throws {
        let loaded = try library.load()
        let console = StandardConsole()
        let state = try options.load(try options.sessionID(session), console: console).state
        // In the session's language, unless --lang asks for another.
        let language = options.lang.map { Translations.language($0) } ?? state.language ?? Translations.language(nil)
        let engine = Engine(playbooks: loaded.playbooks(in: language), registry: StandardFacets.registry)
        let report = SessionReport(
            state: state, engine: engine, directory: loaded.directory(in: language), redact: redact, generatedAt: Date(),
            facetLanguage: loaded.facetLanguage(language))
        let words = loaded.reportText(language)
        let text: String
        switch format {
        case .md: text = report.markdown(in: words)
        case .html: text = report.html(in: words)
        case .json: text = report.json()
        }
        guard let output else {
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            return
        }
        try ChosenFile.write(Data(text.utf8), to: output)
        printError(Translations.uiText(language, library: loaded)(redact ? "report.written.redacted" : "report.written", output))
    }
}
