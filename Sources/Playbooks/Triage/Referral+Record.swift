import PlaybookKit

extension Referral {
    /// The referral as `triage.refer` outputs it: keys for tools, and `offers` in the
    /// run's words for people.
    func record(words: DirectoryText) -> Value {
        .record([
            "id": .string(organisation.id),
            "name": .string(organisation.name),
            "services": .list(matchedServices.map(Value.string)),
            "offers": .string(words.services(matchedServices)),
            "website": .string(organisation.website),
            "emergency": .list(emergencyContacts.map { .string($0.value) }),
            "contacts": .list(organisation.contacts.map { .string("\($0.kind): \($0.value)") }),
            "languages": .list(organisation.languages.map(Value.string)),
            "checked": .string(organisation.checked),
        ])
    }

    /// What a person reads for this referral, as one Markdown list item: its name and
    /// website, with what `DirectoryText.details` says of it and its checked contacts as
    /// a list inside.
    func message(words: DirectoryText) -> String {
        let contacts = otherContacts.map(words.contact)
        return (["- \(organisation.name) (\(organisation.website))"] + (words.details(of: self) + contacts).map { "  - \($0)" })
            .joined(separator: "\n")
    }
}
