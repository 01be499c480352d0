/// What a referral is asked for: the services a step names, whether someone is in
/// danger or detained, and what the person said about themselves.
public struct ReferralNeed: Hashable, Sendable, Codable {
    /// Service keys from `ResponderDirectory.serviceKeys`, most important first.
    public var services: [String]
    /// Someone is in danger or detained: emergency lines come first.
    public var urgent: Bool
    /// The person's language, region and audience, as far as known.
    public var profile: ReferralProfile

    /// Creates a need.
    public init(services: [String], urgent: Bool = false, profile: ReferralProfile = ReferralProfile()) {
        self.services = services
        self.urgent = urgent
        self.profile = profile
    }
}
