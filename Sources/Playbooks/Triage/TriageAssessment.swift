/// The triage rubric (documented in docs/facets/triage.md): severity points for who and
/// what is harmed, urgency points for how soon it gets worse, a priority from their sum,
/// and the facets to open next. Physical safety comes first: physical danger or a
/// detention makes the priority critical whatever the score, and puts legal support
/// and care ahead of every digital step.
struct TriageAssessment: Hashable, Sendable {
    /// Severity points for physical danger, and for a detention.
    static let physicalPoints = 40
    /// Severity points per person at risk, and their cap.
    static let pointsPerPerson = 3
    static let maximumPeoplePoints = 15
    /// Urgency points while the attack goes on.
    static let ongoingPoints = 20
    /// The highest score.
    static let maximumScore = 100

    var severity: Int
    var urgency: Int
    var score: Int
    var priority: TriagePriority
    var reasons: [String]
    var openNext: [String]

    /// Scores `answers`.
    init(_ answers: TriageAnswers) {
        var severity = 0
        var urgency = 0
        var reasons: [String] = []
        if answers.physicalDanger {
            severity += TriageAssessment.physicalPoints
            reasons.append(
                "Someone is in physical danger. Physical safety comes first: contact people who can act on the ground "
                    + "now (trusted people nearby, a protection network, a lawyer) before any digital step.")
        }
        if answers.detained {
            severity += TriageAssessment.physicalPoints
            reasons.append(
                "Someone has been arrested or detained. Contact a lawyer or a legal-support organisation and the people "
                    + "who can act for them now; digital steps come after. Agree with their lawyer before changing "
                    + "anything in their accounts or devices.")
        }
        if answers.ongoing {
            urgency += TriageAssessment.ongoingPoints
            reasons.append("The attack is still going on, so the first steps are the ones that stop it from spreading.")
        }
        if let days = answers.deadlineDays {
            urgency += TriageAssessment.deadlinePoints(days)
            reasons.append(TriageAssessment.deadlineReason(days))
        }
        let areas = TriageAssessment.byWeight(answers.affected)
        for area in areas {
            severity += area.weight
            reasons.append(area.reason)
        }
        if let people = answers.peopleAtRisk, people > 0 {
            severity += min(TriageAssessment.maximumPeoplePoints, people * TriageAssessment.pointsPerPerson)
            reasons.append(people == 1 ? "1 person is at risk." : "\(people) people are at risk.")
        }
        let physicalSafety = answers.physicalDanger || answers.detained
        score = min(TriageAssessment.maximumScore, severity + urgency)
        priority = TriagePriority(score: score, physicalSafety: physicalSafety)
        if reasons.isEmpty {
            reasons.append("Nothing urgent was reported: there is time to work through the steps calmly.")
        }
        self.severity = severity
        self.urgency = urgency
        self.reasons = reasons
        openNext = TriageAssessment.facets(physicalSafety: physicalSafety, areas: areas)
    }

    /// Urgency points for a deadline `days` away.
    static func deadlinePoints(_ days: Double) -> Int {
        switch days {
        case ...2: return 30
        case ...7: return 15
        case ...30: return 5
        default: return 0
        }
    }

    private static func deadlineReason(_ days: Double) -> String {
        let whole = Int(days.rounded(.up))
        switch whole {
        case 0: return "A deadline is today, or has passed: deal with it first."
        case 1: return "A deadline is tomorrow: deal with it first."
        case 2: return "A deadline is in 2 days: deal with it first."
        default: return "A deadline is in \(whole) days."
        }
    }

    /// `areas` heaviest first: `AffectedArea` declares its cases in that order.
    private static func byWeight(_ areas: [AffectedArea]) -> [AffectedArea] {
        AffectedArea.allCases.filter(areas.contains)
    }

    private static func facets(physicalSafety: Bool, areas: [AffectedArea]) -> [String] {
        var order = physicalSafety ? ["legal", "care"] : []
        order += areas.flatMap(\.facets)
        order.append("care")
        var seen: Set<String> = []
        return order.filter { seen.insert($0).inserted }
    }
}
