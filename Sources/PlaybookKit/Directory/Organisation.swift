/// A rapid-response organisation from the responder directory. Contact methods appear
/// only where they were checked on the organisation's own public pages; each carries
/// its source and the date it was checked.
public struct Organisation: Hashable, Sendable, Codable {
    /// A stable id, e.g. `access-now-helpline`.
    public var id: String
    /// The organisation's name.
    public var name: String
    /// Its website, the fallback for anything not listed here.
    public var website: String
    /// One or two sentences on what it does, in our words.
    public var summary: String
    /// Service keys from `ResponderDirectory.serviceKeys`.
    public var services: [String]
    /// Languages it works in, as ISO 639-1 codes (`en`, `es`).
    public var languages: [String]
    /// Regions it serves: `global` or region names such as `latin-america`.
    public var regions: [String]
    /// Who it serves, e.g. "civil society", "journalists".
    public var beneficiaries: [String]
    /// Audience keys from `ResponderDirectory.audienceKeys` when it serves only those
    /// people (e.g. `journalists`); empty when it serves defenders at large.
    public var servesOnly: [String]
    /// The part of its regions it serves, in words, when that is less than a whole
    /// region (e.g. "Pakistan"): it is then not ranked as the region's own.
    public var area: String?
    /// Hours or response time as the organisation states it, if stated.
    public var responseTime: String?
    /// Verified ways to reach it.
    public var contacts: [ContactMethod]
    /// The page the facts above were checked on.
    public var source: String
    /// When they were checked, `YYYY-MM-DD`.
    public var checked: String

    /// Creates an organisation record.
    public init(
        id: String, name: String, website: String, summary: String, services: [String],
        languages: [String], regions: [String], beneficiaries: [String], servesOnly: [String] = [], area: String? = nil, responseTime: String? = nil,
        contacts: [ContactMethod] = [], source: String, checked: String
    ) {
        self.id = id
        self.name = name
        self.website = website
        self.summary = summary
        self.services = services
        self.languages = languages
        self.regions = regions
        self.beneficiaries = beneficiaries
        self.servesOnly = servesOnly
        self.area = area
        self.responseTime = responseTime
        self.contacts = contacts
        self.source = source
        self.checked = checked
    }
}

extension Organisation {
    /// Its emergency lines answered around the clock.
    public var emergencyContacts: [ContactMethod] { contacts.filter(\.emergency) }
}

/// One verified way to reach an organisation.
public struct ContactMethod: Hashable, Sendable, Codable {
    /// `web-form`, `email`, `pgp`, `signal`, `phone` or `whatsapp`.
    public var kind: String
    /// The address, number, fingerprint or form URL.
    public var value: String
    /// The organisation's own page where it was found.
    public var source: String
    /// When it was checked there, `YYYY-MM-DD`.
    public var checked: String
    /// Whether this is an emergency line answered around the clock, listed first when
    /// someone is in danger or detained.
    public var emergency: Bool

    /// Creates a contact method.
    public init(kind: String, value: String, source: String, checked: String, emergency: Bool = false) {
        self.kind = kind
        self.value = value
        self.source = source
        self.checked = checked
        self.emergency = emergency
    }

    /// Reads a contact; `emergency` may be absent from records made before it existed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(String.self, forKey: .kind)
        value = try container.decode(String.self, forKey: .value)
        source = try container.decode(String.self, forKey: .source)
        checked = try container.decode(String.self, forKey: .checked)
        emergency = try container.decodeIfPresent(Bool.self, forKey: .emergency) ?? false
    }
}
