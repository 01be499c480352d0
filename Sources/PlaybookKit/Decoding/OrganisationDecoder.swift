/// Compiles a responder-directory file into an `Organisation`, checking what a person
/// in danger relies on: known service keys, a source for every fact, recent checks.
public enum OrganisationDecoder {
    /// The keys an organisation file may have.
    public static let keys = [
        "id", "name", "website", "summary", "services", "languages", "regions", "beneficiaries",
        "serves-only", "area", "response-time", "contacts", "source", "checked",
    ]
    /// The contact kinds the directory knows.
    public static let contactKinds = ["web-form", "email", "pgp", "signal", "phone", "whatsapp"]

    /// Decodes `root`; `today` decides which checks are stale.
    public static func decode(_ root: YAMLNode, source: String, today: CalendarDate) -> (organisation: Organisation?, diagnostics: [Diagnostic]) {
        var reader = NodeReader(locator: ScalarLocator(source: source))
        guard let fields = reader.mapping(root, what: "an organisation", allowed: keys) else {
            return (nil, reader.diagnostics)
        }
        func required(_ key: String) -> String? {
            reader.requiredText(fields, key, in: "an organisation", at: root.location)
        }
        func list(_ key: String, required: Bool = true) -> [String] {
            guard let node = fields[key]?.value else {
                if required { reader.error("missing-key", "an organisation needs \(Diagnostic.quote(key))", at: root.location) }
                return []
            }
            return (reader.list(node, key: key) ?? []).compactMap { reader.text($0, key: key) }
        }
        /// Flags each item of `key` that is not one of `accepted`, at the item.
        func known(_ values: [String], key: String, in accepted: [String], rule: String) {
            for item in fields[key]?.value.sequence ?? [] {
                if let value = item.scalar?.text, !accepted.contains(value) {
                    reader.error(rule, "\(Diagnostic.quote(value)) is not one of \(accepted.joined(separator: ", "))\(Suggestion.hint(for: value, in: accepted)); see playbooks/directory/README.md", at: item.location)
                }
            }
        }
        func checkedDate(_ node: YAMLNode) -> String? {
            guard let text = reader.date(node, key: "checked") else { return nil }
            if let found = CheckedDate.diagnostic(
                text, at: node.location, today: today, rule: "stale-check", advice: "verify it again on the organisation's own pages")
            {
                reader.report(found)
            }
            return text
        }
        let id = fields["id"].flatMap { reader.identifier($0.value, key: "id") }
        if !fields.contains("id") { reader.error("missing-key", "an organisation needs an 'id'", at: root.location) }
        let name = required("name")
        let website = required("website")
        let summary = required("summary")
        let services = list("services")
        if let node = fields["services"]?.value {
            for item in node.sequence ?? [] {
                if let key = item.scalar?.text, !ResponderDirectory.serviceKeys.contains(key) {
                    reader.error("unknown-service", "\(Diagnostic.quote(key)) is not a service key\(Suggestion.hint(for: key, in: ResponderDirectory.serviceKeys.sorted())); see playbooks/directory/README.md", at: item.location)
                }
            }
        }
        let languages = list("languages")
        let regions = list("regions")
        known(regions, key: "regions", in: [ResponderDirectory.globalRegion] + ResponderDirectory.regionKeys, rule: "unknown-region")
        let beneficiaries = list("beneficiaries", required: false)
        let servesOnly = list("serves-only", required: false)
        known(servesOnly, key: "serves-only", in: ResponderDirectory.audienceKeys, rule: "unknown-audience")
        let area = fields["area"].flatMap { reader.text($0.value, key: "area") }
        let responseTime = fields["response-time"].flatMap { reader.text($0.value, key: "response-time") }
        var contacts: [ContactMethod] = []
        for node in fields["contacts"].flatMap({ reader.list($0.value, key: "contacts") }) ?? [] {
            guard let contact = reader.mapping(node, what: "a contact", allowed: ["kind", "value", "emergency", "source", "checked"]) else { continue }
            let kind = reader.requiredText(contact, "kind", in: "a contact", at: node.location)
            if let kind, !contactKinds.contains(kind) {
                reader.error("unknown-contact-kind", "\(Diagnostic.quote(kind)) is not a contact kind; use one of \(contactKinds.joined(separator: ", "))", at: contact["kind"]!.value.location)
            }
            let value = reader.requiredText(contact, "value", in: "a contact", at: node.location)
            let emergency = contact["emergency"].flatMap { reader.bool($0.value, key: "emergency") } ?? false
            let source = contact["source"].flatMap { reader.text($0.value, key: "source") }
            if !contact.contains("source") {
                reader.error("missing-source", "a contact needs 'source', the organisation's own page it was checked on; without one, remove the contact and point to the website", at: node.location)
            }
            let checked = contact["checked"].flatMap { checkedDate($0.value) }
            if !contact.contains("checked") {
                reader.error("missing-source", "a contact needs 'checked: YYYY-MM-DD', the day it was verified", at: node.location)
            }
            if let kind, let value, let source, let checked {
                contacts.append(ContactMethod(kind: kind, value: value, source: source, checked: checked, emergency: emergency))
            }
        }
        if !fields.contains("source") {
            reader.error("missing-source", "an organisation needs 'source', the page its facts were checked on", at: root.location)
        }
        let source = fields["source"].flatMap { reader.text($0.value, key: "source") }
        if !fields.contains("checked") {
            reader.error("missing-source", "an organisation needs 'checked: YYYY-MM-DD'", at: root.location)
        }
        let checked = fields["checked"].flatMap { checkedDate($0.value) }
        guard let id, let name, let website, let summary, let source, let checked else { return (nil, reader.diagnostics) }
        let organisation = Organisation(
            id: id, name: name, website: website, summary: summary, services: services, languages: languages,
            regions: regions, beneficiaries: beneficiaries, servesOnly: servesOnly, area: area, responseTime: responseTime, contacts: contacts,
            source: source, checked: checked)
        return (organisation, reader.diagnostics)
    }
}
