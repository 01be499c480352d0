import Foundation
import PlaybookKit

/// Reads `data/legal-deadlines.yaml`. Strict on purpose: a misspelt key or a period in
/// "month" instead of "months" must stop the file loudly, not yield a wrong date.
public enum DeadlineRuleFile {
    /// The file's path inside a playbook library.
    public static let relativePath = "data/legal-deadlines.yaml"
    /// The keys every rule has, all required.
    public static let ruleKeys = ["id", "title", "jurisdiction", "period", "from", "source", "checked", "note"]
    /// The keys of a rule's `period`.
    public static let periodKeys = ["amount", "unit", "month-end"]

    /// The rules in the file at `path`.
    public static func load(path: String, loader: YAMLLoader = YAMLLoader()) throws(DeadlineDataError) -> [DeadlineRule] {
        let root: YAMLNode?
        do {
            root = try loader.load(contentsOfFile: path)
        } catch {
            throw DeadlineDataError(error.message, at: error.location)
        }
        guard let root else {
            throw DeadlineDataError("the file is empty; it needs a 'rules:' list", at: SourceLocation(file: path, line: 1, column: 1))
        }
        return try decode(root)
    }

    /// The rules in a loaded document.
    public static func decode(_ root: YAMLNode) throws(DeadlineDataError) -> [DeadlineRule] {
        let top = try fields(of: root, what: "the file", allowed: ["rules"])
        guard let list = top["rules"] else { throw DeadlineDataError("the file needs a 'rules:' list", at: root.location) }
        guard let items = list.sequence else {
            throw DeadlineDataError("'rules' must be a list of rules, not \(list.kindDescription)", at: list.location)
        }
        var rules: [DeadlineRule] = []
        var seen: [String: SourceLocation] = [:]
        for item in items {
            let rule = try decodeRule(item)
            if let first = seen[rule.id] {
                throw DeadlineDataError("the rule id '\(rule.id)' is also used at \(first); ids must be unique", at: rule.location)
            }
            seen[rule.id] = rule.location
            rules.append(rule)
        }
        return rules
    }

    private static func decodeRule(_ node: YAMLNode) throws(DeadlineDataError) -> DeadlineRule {
        let rule = try fields(of: node, what: "a rule", allowed: ruleKeys)
        for key in ruleKeys where rule[key] == nil {
            throw DeadlineDataError("a rule needs '\(key)'", at: node.location)
        }
        let idNode = rule["id"]!
        let id = try text(idNode, key: "id")
        guard Identifier.isValid(id) else {
            throw DeadlineDataError("'\(id)' is not a valid rule id: \(Identifier.rule)", at: idNode.location)
        }
        let sourceNode = rule["source"]!
        let source = try text(sourceNode, key: "source")
        guard source.hasPrefix("https://") || source.hasPrefix("http://") else {
            throw DeadlineDataError("'source' must be the web address of the official text, starting with https://", at: sourceNode.location)
        }
        let checkedNode = rule["checked"]!
        let checkedText = try text(checkedNode, key: "checked")
        guard let checked = CalendarDate(checkedText) else {
            throw DeadlineDataError("'checked' must be the date the rule was checked, YYYY-MM-DD, not '\(checkedText)'", at: checkedNode.location)
        }
        return DeadlineRule(
            id: id, title: try text(rule["title"]!, key: "title"), jurisdiction: try text(rule["jurisdiction"]!, key: "jurisdiction"),
            period: try decodePeriod(rule["period"]!), from: try text(rule["from"]!, key: "from"), source: source,
            checked: checked, note: try text(rule["note"]!, key: "note"), location: node.location)
    }

    private static func decodePeriod(_ node: YAMLNode) throws(DeadlineDataError) -> DeadlinePeriod {
        let period = try fields(of: node, what: "'period'", allowed: periodKeys)
        guard let amountNode = period["amount"], let unitNode = period["unit"] else {
            throw DeadlineDataError("'period' needs 'amount' and 'unit'", at: node.location)
        }
        guard case .int(let amount) = amountNode.scalar?.value, (1...10_000).contains(amount) else {
            throw DeadlineDataError("'amount' must be a whole number from 1 to 10000", at: amountNode.location)
        }
        let unitText = try text(unitNode, key: "unit")
        let units = DeadlinePeriod.Unit.allCases.map(\.rawValue)
        guard let unit = DeadlinePeriod.Unit(rawValue: unitText) else {
            throw DeadlineDataError(
                "'\(unitText)' is not a unit; use one of \(units.joined(separator: ", "))\(Suggestion.hint(for: unitText, in: units))",
                at: unitNode.location)
        }
        if unit == .hours, amount % 24 != 0 {
            throw DeadlineDataError("a period in hours must be a whole number of days (a multiple of 24), since only the start day is known", at: amountNode.location)
        }
        let countsMonths = unit == .months || unit == .years
        guard let monthEndNode = period["month-end"] else {
            if countsMonths {
                throw DeadlineDataError("a period in \(unit.rawValue) needs 'month-end': what happens when the end month is shorter", at: node.location)
            }
            return DeadlinePeriod(amount: amount, unit: unit)
        }
        guard countsMonths else {
            throw DeadlineDataError("'month-end' applies only to periods in months or years; remove it", at: monthEndNode.location)
        }
        let monthEndText = try text(monthEndNode, key: "month-end")
        let rules = DeadlinePeriod.MonthEnd.allCases.map(\.rawValue)
        guard let monthEnd = DeadlinePeriod.MonthEnd(rawValue: monthEndText) else {
            throw DeadlineDataError(
                "'\(monthEndText)' is not a month-end rule; use one of \(rules.joined(separator: ", "))\(Suggestion.hint(for: monthEndText, in: rules))",
                at: monthEndNode.location)
        }
        return DeadlinePeriod(amount: amount, unit: unit, monthEnd: monthEnd)
    }

    private static func fields(of node: YAMLNode, what: String, allowed: [String]) throws(DeadlineDataError) -> [String: YAMLNode] {
        guard let pairs = node.mapping else {
            throw DeadlineDataError("\(what) must be a mapping of keys to values, not \(node.kindDescription)", at: node.location)
        }
        var result: [String: YAMLNode] = [:]
        for pair in pairs {
            guard let key = pair.key.scalar?.text, allowed.contains(key) else {
                let name = pair.key.scalar?.text ?? "?"
                throw DeadlineDataError(
                    "unknown key '\(name)' in \(what)\(Suggestion.hint(for: name, in: allowed)); allowed: \(allowed.joined(separator: ", "))",
                    at: pair.key.location)
            }
            result[key] = pair.value
        }
        return result
    }

    private static func text(_ node: YAMLNode, key: String) throws(DeadlineDataError) -> String {
        guard let scalar = node.scalar, scalar.value != .null else {
            throw DeadlineDataError("'\(key)' must be text, not \(node.kindDescription)", at: node.location)
        }
        guard !scalar.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DeadlineDataError("'\(key)' is empty; write it out", at: node.location)
        }
        return scalar.text
    }
}
