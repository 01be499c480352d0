import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook orgs`: the organisations that can help, filtered by what is needed.
struct OrgsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs",
        abstract: "List the organisations that can help, by service, language and region.",
        discussion: """
            Contact methods are shown only where they were checked on the organisation's own \
            pages, with the date of the check; otherwise go through its website. Services: \
            \(ResponderDirectory.serviceKeys.sorted().joined(separator: ", ")).
            """
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: "A service needed, e.g. forensics.")
    var service: String?

    @Option(help: ArgumentHelp("A language the organisation works in, e.g. es.", valueName: "code"))
    var language: String?

    @Option(help: "A region served, e.g. latin-america (organisations serving every region are included).")
    var region: String?

    @Option(help: ArgumentHelp("Language of the descriptions, e.g. es.", valueName: "code"))
    var lang: String?

    func run() throws {
        if let service, !ResponderDirectory.serviceKeys.contains(service) {
            throw CommandFailure("'\(service)' is not a service\(Suggestion.hint(for: service, in: ResponderDirectory.serviceKeys.sorted())); services are \(ResponderDirectory.serviceKeys.sorted().joined(separator: ", "))")
        }
        let loaded = try library.load()
        let directory = loaded.directory(in: Translations.language(lang))
        let organisations = directory.matching(service: service, language: language?.lowercased(), region: region?.lowercased())
        guard !organisations.isEmpty else {
            print("No organisation in the directory matches; try without --language or --region, or ask a digital security helpline (playbook orgs --service digital_helpline).")
            return
        }
        let style = TerminalStyle(descriptor: STDOUT_FILENO)
        for organisation in organisations {
            print(style.bold(TextWrapper.wrap(organisation.name, width: 80)))
            print(TextWrapper.wrap(organisation.website, width: 80, indent: "  ", firstIndent: "  "))
            print(TextWrapper.wrap(organisation.summary, width: 80, indent: "  ", firstIndent: "  "))
            print(TextWrapper.wrap("Services: \(organisation.services.joined(separator: ", "))", width: 80, indent: "    ", firstIndent: "  "))
            print(TextWrapper.wrap("Languages: \(organisation.languages.joined(separator: ", ")) · Regions: \(organisation.regions.joined(separator: ", "))", width: 80, indent: "    ", firstIndent: "  "))
            if let time = organisation.responseTime {
                print(TextWrapper.wrap("Response: \(time)", width: 80, indent: "    ", firstIndent: "  "))
            }
            for contact in organisation.contacts {
                print(TextWrapper.wrap("\(contact.kind): \(contact.value) (checked \(contact.checked))", width: 80, indent: "    ", firstIndent: "  "))
            }
            print(style.dim(TextWrapper.wrap("Source: \(organisation.source), checked \(organisation.checked)", width: 80, indent: "    ", firstIndent: "  ")))
            print()
        }
    }
}
