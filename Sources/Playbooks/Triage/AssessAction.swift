import PlaybookKit

/// `triage.assess`: scores an emergency from the triage answers, so the defender and
/// their helpers agree on how urgent it is, why, and which facets to open first.
enum AssessAction {
    static let descriptor = ActionDescriptor(
        name: "assess",
        summary: "Scores how severe and urgent an emergency is, says why, and which facets to open next.",
        parameters: [
            ParameterDescriptor("physical-danger", .bool, "Whether anyone is in physical danger."),
            ParameterDescriptor("detained", .bool, "Whether anyone has been arrested or detained."),
            ParameterDescriptor("ongoing", .bool, required: false, "Whether the attack is still happening."),
            ParameterDescriptor(
                "affected", .list, required: false,
                "What is affected: any of website, accounts, devices, messages, legal, wellbeing, people."),
            ParameterDescriptor("people-at-risk", .number, required: false, "How many people are at risk."),
            ParameterDescriptor(
                "deadline-days", .number, required: false, "Days until a deadline (a court date, a hearing); 0 for today."),
        ],
        outputs: [
            OutputDescriptor("priority", .string, "`critical`, `high`, `medium` or `low`."),
            OutputDescriptor("priority-words", .string, "The priority in the run's words, for the person."),
            OutputDescriptor("score", .number, "Severity plus urgency, 0 to 100."),
            OutputDescriptor("severity", .number, "The points for who and what is harmed."),
            OutputDescriptor("urgency", .number, "The points for how soon it gets worse."),
            OutputDescriptor("reasons", .list, "Why, one sentence each, physical safety first."),
            OutputDescriptor(
                "open-next", .list, "Facet ids to open next, in order (from infrastructure, legal, care, attribution)."),
        ]
    )

    static func perform(_ request: ActionRequest, text: FacetText) throws(ActionError) -> ActionResult {
        let assessment = TriageAssessment(try TriageAnswers(request, text: text), text: text)
        return ActionResult(
            outputs: [
                "priority": .string(assessment.priority.rawValue),
                "priority-words": .string(text("priority.\(assessment.priority.rawValue)")),
                "score": .number(Double(assessment.score)),
                "severity": .number(Double(assessment.severity)),
                "urgency": .number(Double(assessment.urgency)),
                "reasons": .list(assessment.reasons.map(Value.string)),
                "open-next": .list(assessment.openNext.map(Value.string)),
            ],
            messages: [text("assess.message", text("priority.\(assessment.priority.rawValue)"), "\(assessment.score)")])
    }
}
