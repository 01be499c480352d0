/// An area of a defender's life or work that an emergency touches, as triage asks it.
/// Each carries its weight in the severity score, the facets that deal with it, and a
/// sentence saying why it matters. Cases are declared heaviest first, which is the order
/// triage lists them in.
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

    /// Why it matters, in plain language.
    var reason: String {
        switch self {
        case .people:
            return "People around you are targeted: their safety and wellbeing come into every decision."
        case .devices:
            return "A device may be compromised: avoid it for sensitive conversations until it has been checked."
        case .accounts:
            return "An account is affected: whoever controls it can read its messages and write in your name."
        case .legal:
            return "There is a legal threat: a lawyer should see the papers early, because deadlines can be short."
        case .messages:
            return "Threatening or suspicious messages arrived: keep them as evidence and do not open their links or "
                + "attachments."
        case .website:
            return "The website is affected: visitors may not reach it, or may see something you did not publish."
        case .wellbeing:
            return "The people involved are under strain: rest and support are part of the response, not a luxury."
        }
    }
}
