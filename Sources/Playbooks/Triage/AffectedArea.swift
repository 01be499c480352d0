/// An area of a defender's life or work that an emergency touches, as triage asks it.
/// Each carries its weight in the severity score, the facets that deal with it, and a
/// sentence saying why it matters (in `TriageStrings`). Cases are declared heaviest
/// first, which is the order triage lists them in.
enum AffectedArea: String, Hashable, Sendable, CaseIterable {
    case people, devices, accounts, legal, messages, website, wellbeing

    /// Severity points when this area is affected.
    var weight: Int {
        switch self {
        case .people: return 15
        case .devices, .accounts: return 12
        case .legal: return 10
        case .messages, .website: return 8
        case .wellbeing: return 6
        }
    }

    /// The facets to open for it, most useful first.
    var facets: [String] {
        switch self {
        case .people: return ["care", "legal"]
        case .devices, .accounts, .messages: return ["attribution"]
        case .legal: return ["legal"]
        case .website: return ["infrastructure"]
        case .wellbeing: return ["care"]
        }
    }

    /// The key of the sentence saying why it matters.
    var reasonKey: String { "area.\(rawValue)" }
}
