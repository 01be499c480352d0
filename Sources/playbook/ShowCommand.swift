import ArgumentParser
import PlaybookKit

/// `playbook show`: a playbook's steps in order, readable in a terminal.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a playbook's steps in order, with where each one leads."
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The playbook's id (see 'playbook list').")
    var id: String

    @Option(help: ArgumentHelp("Language of the text, e.g. es.", valueName: "code"))
    var lang: String?

    func run() throws {
        let loaded = try library.load()
        guard let playbook = loaded.playbooks(in: Translations.language(lang)).first(where: { $0.id == id }) else {
            throw ValidationError("there is no playbook '\(id)'\(Suggestion.hint(for: id, in: loaded.playbooks.map(\.id))); run 'playbook list' to see them")
        }
        print(PlaybookOutline(playbook: playbook, registry: StandardFacets.registry).text(width: 80))
    }
}
