/// What a person said about themselves that decides which organisations fit: the
/// language they want help in, where they are, and who they are. Each stays unknown
/// (nil) until they say it, and "prefer not to say" keeps it unknown, so a referral
/// never assumes what the person did not tell.
public struct ReferralProfile: Hashable, Sendable, Codable {
    /// An ISO 639-1 code such as `es`; nil when unknown.
    public var language: String?
    /// A region from `ResponderDirectory.regionKeys`; nil when unknown.
    public var region: String?
    /// Audience keys from `ResponderDirectory.audienceKeys` the person said describe
    /// them; empty when they said none does; nil when unknown.
    public var audiences: [String]?

    /// Creates a profile; everything unknown by default.
    public init(language: String? = nil, region: String? = nil, audiences: [String]? = nil) {
        self.language = language
        self.region = region
        self.audiences = audiences
    }

    /// The facts a question step may `remember:` from its answer.
    public enum Field: String, Hashable, Sendable, Codable, CaseIterable {
        /// The language help is wanted in, e.g. `es`.
        case language
        /// The region the person is in, e.g. `latin-america`.
        case region
        /// Who the person is, e.g. `journalists` (a multiple-choice question may give several).
        case audience
    }

    /// The option value that means "prefer not to say" (or "another language"): the
    /// field stays unknown.
    public static let unknownValue = "unknown"

    /// Whether `value` is an answer `field` can remember: a known key, or `unknownValue`.
    public static func accepts(_ value: String, for field: Field) -> Bool {
        if value == unknownValue { return true }
        switch field {
        case .language: return (2...3).contains(value.count) && value.allSatisfy { $0.isASCII && $0.isLowercase }
        case .region: return ResponderDirectory.regionKeys.contains(value)
        case .audience: return ResponderDirectory.audienceKeys.contains(value) || value == noAudienceValue
        }
    }

    /// The audience option value meaning "none of these describes me".
    public static let noAudienceValue = "none"

    /// This profile with `field` set from the values a question's answer chose;
    /// `unknownValue` (and `und`, "undetermined", for a language) leaves it unknown.
    public func remembering(_ field: Field, _ values: [String]) -> ReferralProfile {
        var profile = self
        let known = values.filter { $0 != Self.unknownValue }
        switch field {
        case .language:
            profile.language = known.first.flatMap { $0 == "und" ? nil : $0 }
        case .region:
            profile.region = known.first
        case .audience:
            // Nothing chosen is a skipped question, not "none of these": only an explicit
            // `none` may rule out the organisations that serve some people only.
            profile.audiences = values.isEmpty || known.count < values.count ? nil : known.filter { $0 != Self.noAudienceValue }
        }
        return profile
    }
}
