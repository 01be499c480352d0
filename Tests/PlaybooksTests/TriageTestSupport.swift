import Foundation
import PlaybookKit

/// A small made-up responder directory for the triage tests; names, addresses and
/// contacts are fictitious and use example domains.
enum TriageTestDirectory {
    static func organisation(
        _ id: String, _ name: String, services: [String], languages: [String], regions: [String],
        contacts: [ContactMethod] = []
    ) -> Organisation {
        Organisation(
            id: id, name: name, website: "https://\(id).example/", summary: "A test organisation.", services: services,
            languages: languages, regions: regions, beneficiaries: ["civil society"], contacts: contacts,
            source: "https://\(id).example/about", checked: "2026-11-01")
    }

    static func contact(_ kind: String, _ value: String, _ id: String) -> ContactMethod {
        ContactMethod(kind: kind, value: value, source: "https://\(id).example/contact", checked: "2026-11-01")
    }

    /// Helplines, legal and care organisations in several languages and regions.
    static let directory = ResponderDirectory(organisations: [
        organisation(
            "global-helpline", "Global Helpline", services: ["digital_helpline", "forensics", "account_recovery"],
            languages: ["en", "es", "ar"], regions: ["global"],
            contacts: [contact("email", "help@global-helpline.example", "global-helpline")]),
        organisation(
            "andes-legal", "Andes Legal Aid", services: ["legal", "advocacy"], languages: ["es"],
            regions: ["latin-america"], contacts: [contact("web-form", "https://andes-legal.example/form", "andes-legal")]),
        organisation(
            "world-legal", "World Legal Network", services: ["legal", "emergency_grants"], languages: ["en", "fr"],
            regions: ["global"]),
        organisation(
            "care-collective", "Care Collective", services: ["psychosocial", "legal"], languages: ["es", "pt"],
            regions: ["latin-america"],
            contacts: [
                contact("signal", "+00 000 000 000", "care-collective"),
                contact("email", "care@care-collective.example", "care-collective"),
            ]),
        organisation(
            "shield-net", "Shield Net", services: ["ddos_protection", "secure_hosting"], languages: ["en"],
            regions: ["global"]),
        organisation(
            "night-line", "Night Line", services: ["advocacy"], languages: ["en", "fr"], regions: ["global"],
            contacts: [ContactMethod(kind: "phone", value: "+00 111 111 111", source: "https://night-line.example/", checked: "2026-11-01", emergency: true)]),
        organisation(
            "aardvark-legal", "Aardvark Legal", services: ["legal"], languages: ["en"], regions: ["africa"]),
    ])

    /// A context holding `directory`, with no network, for a person described by `profile`.
    static func context(_ directory: ResponderDirectory = directory, profile: ReferralProfile = ReferralProfile()) -> ActionContext {
        var context = ActionContext(
            clock: FixedClock(start: Date(timeIntervalSince1970: 1_800_000_000)),
            workspace: FileManager.default.temporaryDirectory, directory: directory)
        context.referralProfile = profile
        return context
    }
}
