import ArgumentParser
import PlaybookKit
import PlaybookTerminal

/// `playbook list`: the playbooks of the library, one line each.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the playbooks: id, facet and title, one per line."
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp("Language of the titles, e.g. es.", valueName: "code"))
    var lang: String?

    func run() throws {
        let loaded = try library.load()
        let playbooks = loaded.playbooks(in: Translations.language(lang))
        let idWidth = min(28, playbooks.map(\.id.count).max() ?? 0)
        let facetWidth = playbooks.map(\.facet.count).max() ?? 0
        for playbook in playbooks {
            let line = playbook.id.padding(idWidth) + "  " + playbook.facet.padding(facetWidth) + "  " + playbook.title
            print(TextWrapper.truncate(line, to: 80))
        }
        let unusable = loaded.diagnostics.filter { $0.severity == .error }.count
        if unusable > 0 {
            printError("\(unusable) problem\(unusable == 1 ? "" : "s") in the library; run 'playbook lint' to see \(unusable == 1 ? "it" : "them")")
        }
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
