import Foundation
import PlaybookKit

/// The answers `triage.assess` scores. The two physical-safety questions are required,
/// so a playbook cannot score an emergency without having asked them.
struct TriageAnswers: Hashable, Sendable {
    /// The most people at risk accepted, to catch typing mistakes.
    static let maximumPeople = 100_000
    /// The furthest deadline accepted, in days.
    static let maximumDeadlineDays = 3650.0

    var physicalDanger: Bool
    var detained: Bool
    var ongoing = false
    var affected: [AffectedArea] = []
    var peopleAtRisk: Int?
    var deadlineDays: Double?

    /// Plain answers, for tests and for callers that already have them.
    init(
        physicalDanger: Bool, detained: Bool, ongoing: Bool = false, affected: [AffectedArea] = [],
        peopleAtRisk: Int? = nil, deadlineDays: Double? = nil
    ) {
        self.physicalDanger = physicalDanger
        self.detained = detained
        self.ongoing = ongoing
        self.affected = affected
        self.peopleAtRisk = peopleAtRisk
        self.deadlineDays = deadlineDays
    }

    /// Reads and checks the action's parameters.
    init(_ request: ActionRequest, text: FacetText) throws(ActionError) {
        guard let physicalDanger = try request.optionalBool("physical-danger") else {
            throw .missingParameter("physical-danger")
        }
        guard let detained = try request.optionalBool("detained") else { throw .missingParameter("detained") }
        self.physicalDanger = physicalDanger
        self.detained = detained
        ongoing = try request.optionalBool("ongoing") ?? false
        affected = try TriageAnswers.areas(request, text: text)
        if let people = try request.optionalNumber("people-at-risk") {
            guard people.isFinite, people == people.rounded(), people >= 0, people <= Double(TriageAnswers.maximumPeople)
            else {
                throw .invalidParameter("people-at-risk", text("assess.invalid-people"))
            }
            peopleAtRisk = Int(people)
        }
        if let days = try request.optionalNumber("deadline-days") {
            guard days.isFinite, days >= 0, days <= TriageAnswers.maximumDeadlineDays else {
                throw .invalidParameter("deadline-days", text("assess.invalid-deadline"))
            }
            deadlineDays = days
        }
    }

    private static func areas(_ request: ActionRequest, text: FacetText) throws(ActionError) -> [AffectedArea] {
        guard let value = request.parameters["affected"], value != .null else { return [] }
        var areas: [AffectedArea] = []
        for item in try request.list("affected") {
            let key = item.string?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard let area = AffectedArea(rawValue: key) else {
                let accepted = AffectedArea.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalidParameter("affected", text("assess.invalid-area", item.displayText, accepted))
            }
            if !areas.contains(area) { areas.append(area) }
        }
        return areas
    }
}
