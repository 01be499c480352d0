import Foundation
import PlaybookKit

/// `legal.deadline`: the last day to act under a sourced rule, and how many days are
/// left, so a defender under pressure does not lose a remedy by miscounting months.
enum DeadlineAction {
    static let descriptor = ActionDescriptor(
        name: "deadline",
        summary: "Computes the last day to act under a rule from data/legal-deadlines.yaml, with its source and caveats.",
        parameters: [
            ParameterDescriptor("event-date", .date, "The day the clock started (for example the final decision), YYYY-MM-DD."),
            ParameterDescriptor("rule", .string, "The rule's id in data/legal-deadlines.yaml, e.g. echr-application."),
        ],
        outputs: [
            OutputDescriptor("deadline", .date, "The last day, YYYY-MM-DD."),
            OutputDescriptor("days-left", .number, "Days from today to the deadline; negative when it has passed."),
            OutputDescriptor("rule-title", .string, "What the deadline is for."),
            OutputDescriptor("source", .url, "The official text the rule comes from."),
            OutputDescriptor("checked", .date, "When the rule was checked against its source."),
            OutputDescriptor("note", .string, "Caveats to read before relying on the date."),
        ])

    static func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        let eventText = try request.string("event-date")
        guard let event = CalendarDate(eventText.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidParameter("event-date", "'\(eventText)' is not a date; write it as YYYY-MM-DD, for example 2026-11-27")
        }
        let ruleID = try request.string("rule").trimmingCharacters(in: .whitespaces)
        let rules = try loadRules(context: context)
        guard let rule = rules.first(where: { $0.id == ruleID }) else {
            let known = rules.map(\.id)
            throw .invalidParameter(
                "rule", "there is no rule '\(ruleID)'\(Suggestion.hint(for: ruleID, in: known)); known rules: \(known.joined(separator: ", "))")
        }
        let deadline = rule.period.end(from: event)
        let daysLeft = CalendarDate(context.clock.now()).daysUntil(deadline)
        return ActionResult(
            outputs: [
                "deadline": .string(deadline.description),
                "days-left": .number(Double(daysLeft)),
                "rule-title": .string(rule.title),
                "source": .string(rule.source),
                "checked": .string(rule.checked.description),
                "note": .string(rule.note),
            ],
            messages: [
                "\(rule.title): \(rule.period) from \(event), so the last day is \(deadline) (\(remaining(daysLeft))).",
                rule.note,
                "Source: \(rule.source) (checked \(rule.checked)).",
            ])
    }

    private static func loadRules(context: ActionContext) throws(ActionError) -> [DeadlineRule] {
        guard let url = context.libraryFile(DeadlineRuleFile.relativePath) else {
            let looked = context.libraryRoots.map(\.path).joined(separator: ", ")
            throw .failed(
                "the deadline rules file \(DeadlineRuleFile.relativePath) is missing from the playbook library"
                    + (looked.isEmpty ? "" : " (looked in \(looked))") + "; reinstall the library or point the tool at it")
        }
        do {
            return try DeadlineRuleFile.load(path: url.path)
        } catch {
            throw .failed("the deadline rules file has a problem: \(error); fix that line or reinstall the library")
        }
    }

    private static func remaining(_ days: Int) -> String {
        switch days {
        case 0: return "that is today"
        case 1: return "1 day left"
        case 2...: return "\(days) days left"
        case -1: return "it passed yesterday; talk to a lawyer now about what is still possible"
        default: return "it passed \(-days) days ago; talk to a lawyer now about what is still possible"
        }
    }
}
