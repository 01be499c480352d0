import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook translate`: writes a translation file to fill in, or refreshes one, so a
/// translator never computes fingerprints or keys by hand.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Print a translation file for a playbook, the directory, the interface, the reports or a facet.",
        discussion: """
            SUBJECT is a playbook id, 'directory', 'ui', 'report' for the headings and labels \
            of session reports, or 'facet.<id>' for a facet's title and the messages of its \
            actions and report section (facet.legal also holds the titles and notes of \
            data/legal-deadlines.yaml). The file lists every string with \
            its key, the English as a comment, and the fingerprint of the English. When a \
            translation already exists in the library, its texts are kept, and strings whose \
            English changed since are marked. Save the output as \
            playbooks/i18n/<language>/<subject>.yaml.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "A playbook id, 'directory', 'ui', 'report' or 'facet.<id>'.")
    var subject: String

    @Option(help: ArgumentHelp("The language code, e.g. es.", valueName: "code"))
    var lang: String

    func run() throws {
        let loaded = try library.load()
        let strings: [(key: String, text: String)]
        switch subject {
        case DirectoryText.subject: strings = loaded.directoryStrings
        case "ui": strings = Translations.interfaceStrings
        case ReportText.subject: strings = ReportText.translatableStrings
        case _ where subject.hasPrefix(FacetLanguage.subjectPrefix):
            let id = String(subject.dropFirst(FacetLanguage.subjectPrefix.count))
            let registry = StandardFacets.registry
            guard let facet = registry.facet(id) else {
                throw CommandFailure("there is no facet '\(id)'\(Suggestion.hint(for: id, in: registry.ids)); facets are \(registry.ids.map(FacetLanguage.subject(for:)).joined(separator: ", "))")
            }
            strings = FacetLanguage.translatableStrings(of: facet, libraryRoots: loaded.roots)
        default:
            guard let playbook = loaded.playbook(subject) else {
                throw CommandFailure("there is no playbook '\(subject)'\(Suggestion.hint(for: subject, in: loaded.playbooks.map(\.id)))")
            }
            strings = TranslatableText.strings(of: playbook)
        }
        let existing = loaded.translations[lang]?[subject]
        print(TranslationTemplate.text(subject: subject, language: lang, strings: strings, existing: existing), terminator: "")
    }
}
