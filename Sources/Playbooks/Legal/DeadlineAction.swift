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

    static func perform(_ request: ActionRequest, context: ActionContext, text: FacetText) throws(ActionError) -> ActionResult {
        let eventText = try request.string("event-date")
        guard let event = CalendarDate(eventText.trimmingCharacters(in: .whitespaces)) else {
            throw .invalidParameter("event-date", text("deadline.invalid-date", eventText))
        }
        let ruleID = try request.string("rule").trimmingCharacters(in: .whitespaces)
        let rules = try loadRules(context: context, text: text)
        guard let rule = rules.first(where: { $0.id == ruleID }) else {
            let known = rules.map(\.id)
            let list = known.joined(separator: ", ")
            throw .invalidParameter(
                "rule",
                Suggestion.closest(to: ruleID, in: known).map { text("deadline.unknown-rule-hint", ruleID, $0, list) }
                    ?? text("deadline.unknown-rule", ruleID, list))
        }
        let deadline = rule.period.end(from: event)
        let daysLeft = CalendarDate(context.clock.now()).daysUntil(deadline)
        let title = text.data(DeadlineRule.titleKey(rule.id), english: rule.title)
        let note = text.data(DeadlineRule.noteKey(rule.id), english: rule.note)
        return ActionResult(
            outputs: [
                "deadline": .string(deadline.description),
                "days-left": .number(Double(daysLeft)),
                "rule-title": .string(title),
                "source": .string(rule.source),
                "checked": .string(rule.checked.description),
                "note": .string(note),
            ],
            messages: [
                text(
                    "deadline.message", title, rule.period.description(in: text), event.description, deadline.description,
                    remaining(daysLeft, text: text)),
                note,
                text("deadline.source", rule.source, rule.checked.description),
            ])
    }

    private static func loadRules(context: ActionContext, text: FacetText) throws(ActionError) -> [DeadlineRule] {
        guard let url = context.libraryFile(DeadlineRuleFile.relativePath) else {
            let looked = context.libraryRoots.map(\.path).joined(separator: ", ")
            throw .failed(
                looked.isEmpty
                    ? text("deadline.rules-missing", DeadlineRuleFile.relativePath)
                    : text("deadline.rules-missing-looked", DeadlineRuleFile.relativePath, looked))
        }
        do {
            return try DeadlineRuleFile.load(path: url.path)
        } catch {
            throw .failed(text("deadline.rules-broken", error.description))
        }
    }

    private static func remaining(_ days: Int, text: FacetText) -> String {
        switch days {
        case 0: return text("deadline.today")
        case 1: return text("deadline.one-day-left")
        case 2...: return text("deadline.days-left", "\(days)")
        case -1: return text("deadline.passed-yesterday")
        default: return text("deadline.passed-days-ago", "\(-days)")
        }
    }
}
