import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook orgs`: the organisations that can help, ranked as referrals are.
struct OrgsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orgs",
        abstract: "List the organisations that can help, by service, language and region.",
        discussion: """
            With --service, organisations are ranked as a run's referrals are: emergency \
            lines first with --urgent, then the services offered, your language, your region \
            and who you are. An organisation serving only some regions is listed only when \
            --region names one of them. Without --service, every organisation serving \
            --region (all of them without it) is listed, those working in --language first. \
            Contact methods are shown only where they were checked \
            on the organisation's own pages, with the date of the check; otherwise go through \
            its website. Services: \(ResponderDirectory.serviceKeys.sorted().joined(separator: ", ")). \
            Regions: \(ResponderDirectory.regionKeys.joined(separator: ", ")). Audiences: \
            \(ResponderDirectory.audienceKeys.joined(separator: ", ")).
            """
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: "A service needed, e.g. forensics; repeat for several.")
    var service: [String] = []

    @Option(help: ArgumentHelp("The language you want help in, e.g. es.", valueName: "code"))
    var language: String?

    @Option(help: "The region you are in, e.g. latin-america.")
    var region: String?

    @Option(help: "Who you are, e.g. journalists; repeat for several, or 'none' for none of them.")
    var audience: [String] = []

    @Flag(help: "Someone is in danger or detained: emergency lines first.")
    var urgent = false

    @Option(help: ArgumentHelp("Language of the descriptions, e.g. es.", valueName: "code"))
    var lang: String?

    func validate() throws {
        for key in service where !ResponderDirectory.serviceKeys.contains(key) {
            throw ValidationError("'\(key)' is not a service\(Suggestion.hint(for: key, in: ResponderDirectory.serviceKeys.sorted())); services are \(ResponderDirectory.serviceKeys.sorted().joined(separator: ", "))")
        }
        if let region, !ResponderDirectory.regionKeys.contains(region.lowercased()) {
            throw ValidationError("'\(region)' is not a region\(Suggestion.hint(for: region.lowercased(), in: ResponderDirectory.regionKeys)); regions are \(ResponderDirectory.regionKeys.joined(separator: ", "))")
        }
        for key in audience where !ResponderDirectory.audienceKeys.contains(key) && key != ReferralProfile.noAudienceValue {
            throw ValidationError("'\(key)' is not an audience\(Suggestion.hint(for: key, in: ResponderDirectory.audienceKeys)); audiences are \(ResponderDirectory.audienceKeys.joined(separator: ", "))")
        }
    }

    func run() throws {
        let loaded = try library.load()
        let code = Translations.language(lang)
        let directory = loaded.directory(in: code)
        let words = loaded.directoryText(code)
        let text = Translations.uiText(code, library: loaded)
        let profile = ReferralProfile(
            language: language?.lowercased(), region: region?.lowercased(),
            audiences: audience.isEmpty ? nil : audience.filter { $0 != ReferralProfile.noAudienceValue })
        let referrals: [Referral]
        if service.isEmpty {
            // Every organisation serving the region; those working in the language first,
            // since a language orders referrals but never hides a helpline.
            let all = directory.matching(region: profile.region).map { organisation in
                Referral(
                    organisation: organisation, matchedServices: [],
                    speaksLanguage: profile.language.map(organisation.languages.contains) ?? false)
            }
            referrals = all.filter(\.speaksLanguage) + all.filter { !$0.speaksLanguage }
        } else {
            referrals = directory.ranked(for: ReferralNeed(services: service, urgent: urgent, profile: profile))
        }
        guard !referrals.isEmpty else {
            print(TextWrapper.wrap(text("orgs.none"), width: 80))
            return
        }
        let style = TerminalStyle(descriptor: STDOUT_FILENO)
        for referral in referrals {
            let organisation = referral.organisation
            print(style.bold(TextWrapper.wrap(organisation.name, width: 80)))
            print(TextWrapper.wrap(organisation.website, width: 80, indent: "  ", firstIndent: "  "))
            for detail in words.details(of: referral) {
                print(TextWrapper.wrap(detail, width: 80, indent: "    ", firstIndent: "  "))
            }
            print(TextWrapper.wrap(organisation.summary, width: 80, indent: "  ", firstIndent: "  "))
            print(TextWrapper.wrap(text("orgs.services", words.services(organisation.services)), width: 80, indent: "    ", firstIndent: "  "))
            let regions = organisation.regions.map(words.region).joined(separator: ", ")
            print(TextWrapper.wrap(text("orgs.languages-regions", organisation.languages.joined(separator: ", "), regions), width: 80, indent: "    ", firstIndent: "  "))
            if let time = organisation.responseTime {
                print(TextWrapper.wrap(text("orgs.response", time), width: 80, indent: "    ", firstIndent: "  "))
            }
            for contact in referral.otherContacts {
                print(TextWrapper.wrap(words.contact(contact), width: 80, indent: "    ", firstIndent: "  "))
            }
            print(style.dim(TextWrapper.wrap(text("orgs.source", organisation.source, organisation.checked), width: 80, indent: "    ", firstIndent: "  ")))
            print()
        }
    }
}
