/// The best few organisations for a need, and what a front end must say about the
/// rest: how many more fit, and whether none of those shown works in the person's
/// language.
public struct ReferralSelection: Hashable, Sendable {
    /// How many organisations a person under stress is shown at once.
    public static let defaultLimit = 5

    /// What was asked for.
    public var need: ReferralNeed
    /// The organisations shown, best first.
    public var shown: [Referral]
    /// The other organisations that fit, in order, after those shown.
    public var rest: [Referral]

    /// Creates a selection.
    public init(need: ReferralNeed, shown: [Referral], rest: [Referral]) {
        self.need = need
        self.shown = shown
        self.rest = rest
    }

    /// How many more organisations fit, after those shown.
    public var more: Int { rest.count }

    /// The person's language is known and none of the organisations shown lists it:
    /// they may answer in another language, which the person should be told.
    public var languageUnmatched: Bool {
        need.speaksNone(of: shown.map(\.organisation.languages))
    }
}
