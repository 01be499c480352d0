/// The directory's words in one language (`i18n/<language>/directory.yaml`, which also
/// holds the organisations' summaries): service, region and audience keys in words,
/// and the sentences around a referral list. Every front end and the report say a
/// referral with these, so a key such as `digital_helpline` never reaches a person.
public struct DirectoryText: Sendable {
    /// What a translation of these words names in `translates:`.
    public static let subject = "directory"
    /// English.
    public static let english = DirectoryText()

    /// The strings, as a string table.
    public let table: StringTable

    /// The English strings with `translation`'s in place of those it has.
    public init(translation: Translation? = nil) {
        table = StringTable(english: DirectoryStrings.english, translation: translation)
    }

    /// Every English string a translation may hold, sorted by key.
    public static var translatableStrings: [(key: String, text: String)] {
        DirectoryStrings.english.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The string for `key` with `{1}`, `{2}`… replaced by `values`.
    public func callAsFunction(_ key: String, _ values: String...) -> String {
        table.string(key, values)
    }

    /// A service key in words; an unknown key comes back as it is.
    public func service(_ key: String) -> String { word("service", key) }

    /// A region key (or `global`) in words.
    public func region(_ key: String) -> String { word("region", key) }

    /// An audience key in words.
    public func audience(_ key: String) -> String { word("audience", key) }

    /// A contact kind of the directory (`email`, `web-form`…) in words.
    public func contactKind(_ kind: String) -> String { word("contact", kind) }

    /// A contact as a person reads it: its kind in words, the value, the day it was checked.
    public func contact(_ contact: ContactMethod) -> String {
        self("referral.contact", contactKind(contact.kind), contact.value, contact.checked)
    }

    /// `keys` in words, joined as a list.
    public func services(_ keys: [String]) -> String { keys.map(service).joined(separator: self("list.separator")) }

    /// The lines that say what a referral offers and how to reach it in an emergency,
    /// for any front end: its emergency lines when the need is urgent, the needed
    /// services it offers, the part of a region it serves, and who alone it serves when
    /// the person has not said.
    public func details(of referral: Referral) -> [String] {
        details(
            emergencyLines: referral.emergencyContacts.map(\.value), offers: referral.matchedServices,
            area: referral.organisation.area, onlyFor: referral.unconfirmedAudiences)
    }

    /// The same lines from their parts, for a referral kept in a report.
    func details(emergencyLines: [String], offers: [String], area: String?, onlyFor: [String]) -> [String] {
        var lines = emergencyLines.map { self("referral.emergency-line", $0) }
        if !offers.isEmpty { lines.append(self("referral.offers", services(offers))) }
        if let area { lines.append(self("referral.only-in", area)) }
        if !onlyFor.isEmpty {
            lines.append(self("referral.only-for", onlyFor.map(audience).joined(separator: self("list.separator"))))
        }
        return lines
    }

    /// What to say after a selection's list: that none shown speaks the person's
    /// language, and how many more fit (for a front end that then says how to see
    /// them); empty when neither applies.
    public func afterList(_ selection: ReferralSelection, countingMore: Bool = true) -> [String] {
        var lines: [String] = []
        if selection.languageUnmatched { lines.append(self("referrals.other-language")) }
        guard countingMore else { return lines }
        if selection.more == 1 { lines.append(self("referrals.more.one")) }
        if selection.more > 1 { lines.append(self("referrals.more.many", "\(selection.more)")) }
        return lines
    }

    private func word(_ kind: String, _ key: String) -> String {
        let full = "\(kind).\(key)"
        return table.english[full] == nil ? key : table.string(full, [])
    }
}
