import PlaybookKit

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

    /// Scores `answers`, giving the reasons in `text`'s language.
    init(_ answers: TriageAnswers, text: FacetText = TriageFacet().englishText) {
        var severity = 0
        var urgency = 0
        var reasons: [String] = []
        if answers.physicalDanger {
            severity += TriageAssessment.physicalPoints
            reasons.append(text("assess.physical-danger"))
        }
        if answers.detained {
            severity += TriageAssessment.physicalPoints
            reasons.append(text("assess.detained"))
        }
        if answers.ongoing {
            urgency += TriageAssessment.ongoingPoints
            reasons.append(text("assess.ongoing"))
        }
        if let days = answers.deadlineDays {
            urgency += TriageAssessment.deadlinePoints(days)
            reasons.append(TriageAssessment.deadlineReason(days, text: text))
        }
        let areas = TriageAssessment.byWeight(answers.affected)
        for area in areas {
            severity += area.weight
            reasons.append(text(area.reasonKey))
        }
        if let people = answers.peopleAtRisk, people > 0 {
            severity += min(TriageAssessment.maximumPeoplePoints, people * TriageAssessment.pointsPerPerson)
            reasons.append(people == 1 ? text("assess.people.one") : text("assess.people.many", "\(people)"))
        }
        let physicalSafety = answers.physicalDanger || answers.detained
        score = min(TriageAssessment.maximumScore, severity + urgency)
        priority = TriagePriority(score: score, physicalSafety: physicalSafety)
        if reasons.isEmpty {
            reasons.append(text("assess.nothing-urgent"))
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

    private static func deadlineReason(_ days: Double, text: FacetText) -> String {
        let whole = Int(days.rounded(.up))
        switch whole {
        case 0: return text("assess.deadline.today")
        case 1: return text("assess.deadline.tomorrow")
        case 2: return text("assess.deadline.two-days")
        default: return text("assess.deadline.days", "\(whole)")
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
