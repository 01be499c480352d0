import Foundation
import PlaybookKit

/// `care.check-in`: scores the five-question wellbeing self-check and offers a next
/// step, so that a playbook can pause for the person and not only for the incident.
/// Answers are declared `any` because they come as numbers (`input: number`) or as the
/// text of an option's value (`value: "2"`), the kinder way to ask.
enum CheckInAction {
    static let descriptor = ActionDescriptor(
        name: "check-in",
        summary: "Scores a short wellbeing self-check (not a clinical instrument) and suggests a kind next step.",
        parameters: [
            ParameterDescriptor("sleep", .any, "Trouble sleeping these last days: 0 none, 1 a little, 2 quite a lot, 3 barely sleeping."),
            ParameterDescriptor("eating", .any, "Eating disrupted: 0 as usual, 1 a little, 2 quite a lot, 3 hardly eating or unable to stop."),
            ParameterDescriptor("safety", .any, "Feeling unsafe: 0 I feel safe, 1 uneasy, 2 often afraid, 3 I am not physically safe right now."),
            ParameterDescriptor("overwhelm", .any, "Feeling overwhelmed: 0 not at all, 1 sometimes, 2 often, 3 almost all the time."),
            ParameterDescriptor("support", .any, "Alone with this: 0 people I can lean on, 1 some support, 2 little support, 3 no one to turn to."),
        ],
        outputs: [
            OutputDescriptor("score", .number, "The sum of the answers, 0 to 15."),
            OutputDescriptor("level", .string, "steady, strained or overloaded."),
            OutputDescriptor("suggestion", .string, "A next step in plain words."),
            OutputDescriptor("refer", .list, "Responder directory service keys to offer, e.g. psychosocial."),
            OutputDescriptor("safety-first", .bool, "True when the person is not physically safe now; offer physical safety first."),
        ])

    static func perform(_ request: ActionRequest, text: FacetText) throws(ActionError) -> ActionResult {
        var answers: [String: Int] = [:]
        for item in WellbeingCheckIn.items {
            answers[item] = try answer(item, in: request, text: text)
        }
        let checkIn = WellbeingCheckIn(answers: answers)
        let suggestion = checkIn.suggestion(in: text)
        return ActionResult(
            outputs: [
                "score": .number(Double(checkIn.score)),
                "level": .string(checkIn.level.rawValue),
                "suggestion": .string(suggestion),
                "refer": .list(checkIn.referrals.map(Value.string)),
                "safety-first": .bool(checkIn.safetyFirst),
            ],
            messages: [suggestion])
    }

    /// The answer to `item`: 0 to 3, given as a number or as text holding one.
    private static func answer(_ item: String, in request: ActionRequest, text: FacetText) throws(ActionError) -> Int {
        guard let value = request.parameters[item], value != .null else { throw .missingParameter(item) }
        let number: Double?
        switch value {
        case .number(let given): number = given
        case .string(let text): number = Double(text.trimmingCharacters(in: .whitespaces))
        default: number = nil
        }
        guard let number, number == number.rounded(), (0...3).contains(number) else {
            throw .invalidParameter(item, text("check-in.invalid-answer", value.displayText))
        }
        return Int(number)
    }
}
