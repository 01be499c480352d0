import PlaybookKit

/// An organisation that offers some of the services a defender needs, with what it
/// matched on, as `triage.refer` ranks and outputs it.
struct Referral: Hashable, Sendable {
    var organisation: Organisation
    /// The needed services it offers, in the order they were asked for.
    var matchedServices: [String]

    /// The referral of `organisation` for the `needed` services.
    init(organisation: Organisation, needed: [String]) {
        self.organisation = organisation
        let offered = Set(organisation.services)
        matchedServices = needed.filter(offered.contains)
    }

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
