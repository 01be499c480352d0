/// One organisation picked for a need, with what made it fit, so that a front end can
/// say why it is there (an emergency line, the services it covers, "journalists only").
public struct Referral: Hashable, Sendable {
    /// The organisation.
    public var organisation: Organisation
    /// The needed services it offers, in the need's order.
    public var matchedServices: [String]
    /// Whether it works in the person's language (false when that is unknown).
    public var speaksLanguage: Bool
    /// Its emergency lines, when the need is urgent; empty otherwise.
    public var emergencyContacts: [ContactMethod]
    /// Who it serves exclusively, when the person has not said whether that is them.
    public var unconfirmedAudiences: [String]

    /// Its contacts other than the emergency lines, which a front end shows first.
    public var otherContacts: [ContactMethod] {
        organisation.contacts.filter { !emergencyContacts.contains($0) }
    }

    /// Creates a referral.
    public init(
        organisation: Organisation, matchedServices: [String], speaksLanguage: Bool, emergencyContacts: [ContactMethod] = [],
        unconfirmedAudiences: [String] = []
    ) {
        self.organisation = organisation
        self.matchedServices = matchedServices
        self.speaksLanguage = speaksLanguage
        self.emergencyContacts = emergencyContacts
        self.unconfirmedAudiences = unconfirmedAudiences
    }
}
