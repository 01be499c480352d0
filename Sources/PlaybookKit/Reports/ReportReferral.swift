/// An organisation the report refers the person to, with only contact methods that were
/// verified on the organisation's own pages, each with its source and date.
public struct ReportReferral: Hashable, Sendable, Codable {
    /// The organisation's id in the directory.
    public var id: String
    /// Its name.
    public var name: String
    /// Its website.
    public var website: String
    /// What it does.
    public var summary: String
    /// Its service keys.
    public var services: [String]
    /// The needed services it offers, in the need's order.
    public var offers: [String]
    /// Who alone it serves, when the person has not said whether that is them.
    public var onlyFor: [String]
    /// The part of its regions it serves, when less than a whole region.
    public var area: String?
    /// Languages it works in.
    public var languages: [String]
    /// Hours or response time as it states them; nil when not stated.
    public var responseTime: String?
    /// Verified ways to reach it.
    public var contacts: [ContactMethod]
    /// The page the facts were checked on.
    public var source: String
    /// When they were checked, `YYYY-MM-DD`.
    public var checked: String

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(website, forKey: .website)
        try container.encode(summary, forKey: .summary)
        try container.encode(services, forKey: .services)
        try container.encode(offers, forKey: .offers)
        try container.encode(onlyFor, forKey: .onlyFor)
        try container.encode(area, forKey: .area)
        try container.encode(languages, forKey: .languages)
        try container.encode(responseTime, forKey: .responseTime)
        try container.encode(contacts, forKey: .contacts)
        try container.encode(source, forKey: .source)
        try container.encode(checked, forKey: .checked)
    }
}

extension ReportReferral {
    /// What the report says first about this organisation, as plain text for each
    /// format to escape: the lines of `DirectoryText.details`, emergency lines only when
    /// the need is urgent.
    func leadingFacts(_ words: DirectoryText, urgent: Bool) -> [String] {
        words.details(
            emergencyLines: urgent ? contacts.filter(\.emergency).map(\.value) : [], offers: offers, area: area, onlyFor: onlyFor)
    }
}

extension SessionReport {
    /// What the report says after its referrals: that none of them lists the person's
    /// language, when that is so.
    func referralNotes(_ words: DirectoryText) -> [String] {
        referralNeed?.speaksNone(of: referrals.map(\.languages)) == true ? [words("referrals.other-language")] : []
    }
}
