/// What a referral is asked for: the services a step names, whether someone is in
/// danger or detained, and what the person said about themselves.
public struct ReferralNeed: Hashable, Sendable, Codable {
    /// Service keys from `ResponderDirectory.serviceKeys`, most important first.
    public var services: [String]
    /// Someone is in danger or detained: emergency lines come first.
    public var urgent: Bool
    /// The person's language, region and audience, as far as known.
    public var profile: ReferralProfile

    /// Whether the person's language is known and none of the organisations whose
    /// `languages` are given lists it: they should be told that help may come in
    /// another language.
    public func speaksNone(of languages: [[String]]) -> Bool {
        guard let language = profile.language, !languages.isEmpty else { return false }
        return !languages.contains { $0.contains(language) }
    }

    /// Creates a need.
    public init(services: [String], urgent: Bool = false, profile: ReferralProfile = ReferralProfile()) {
        self.services = services
        self.urgent = urgent
        self.profile = profile
    }
}
