import PlaybookKit

/// An organisation that offers some of the services a defender needs, with what it
/// matched on, as `triage.refer` ranks and outputs it.
struct Referral: Hashable, Sendable {
    var organisation: Organisation
    /// The needed services it offers, in the order they were asked for.
    var matchedServices: [String]
    /// Whether it works in the requested language.
    var languageMatch: Bool
    /// 2 when it names the requested region, 1 when it serves `global`, 0 otherwise.
    var regionMatch: Int

    /// The referral as the action outputs it.
    var record: Value {
        .record([
            "id": .string(organisation.id),
            "name": .string(organisation.name),
            "services": .list(matchedServices.map(Value.string)),
            "website": .string(organisation.website),
            "contacts": .list(organisation.contacts.map { .string("\($0.kind): \($0.value)") }),
            "languages": .list(organisation.languages.map(Value.string)),
            "checked": .string(organisation.checked),
        ])
    }
}
