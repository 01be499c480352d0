/// The invented world of a scenario, told to the audience before the first act.
public struct ScenarioSetting: Hashable, Sendable {
    /// The organisation under attack.
    public var organisation: String
    /// The country it works in.
    public var country: String
    /// What is going on when the case opens.
    public var situation: String

    /// Creates a setting.
    public init(organisation: String, country: String, situation: String) {
        self.organisation = organisation
        self.country = country
        self.situation = situation
    }
}
