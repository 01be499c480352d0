import Foundation

/// Turns what a person typed into a stored answer, or says clearly what would fit.
/// Forgiving where it is safe: `example.org` becomes `https://example.org`, `3,5`
/// is read as 3.5, and yes/no accepts y, n, true and false.
public enum AnswerParser {
    /// Longest text answer kept, in characters.
    public static let maxTextLength = 20_000

    /// The typed value of `text` as an answer of `type`.
    public static func value(_ text: String, as type: InputType, step: String) throws(EngineError) -> Value {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        func refuse(_ message: String) -> EngineError { .invalidAnswer(step: step, message: message) }
        guard !trimmed.isEmpty else { throw refuse("an answer is needed here; type it and press Enter") }
        guard trimmed.count <= maxTextLength else { throw refuse("the answer is longer than \(maxTextLength) characters; shorten it") }
        switch type {
        case .text:
            return .string(trimmed)
        case .number:
            guard let number = Double(trimmed.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
                throw refuse("'\(trimmed)' is not a number; type digits, for example 3 or 2.5")
            }
            return .number(number)
        case .date:
            guard let date = CalendarDate(trimmed) else {
                throw refuse("'\(trimmed)' is not a date; type it as year-month-day, for example 2026-11-27")
            }
            return .string(date.description)
        case .url:
            guard let url = normalisedURL(trimmed) else {
                throw refuse("'\(trimmed)' is not a web address; type it like https://example.org")
            }
            return .string(url)
        case .yesNo:
            switch trimmed.lowercased() {
            case "yes", "y", "true", "sí", "si", "s": return .bool(true)
            case "no", "n", "false": return .bool(false)
            default: throw refuse("answer yes or no")
            }
        }
    }

    /// The options picked by `values` (option values, labels, or 1-based numbers).
    public static func options(_ values: [String], for question: StepKind.Question, step: String) throws(EngineError) -> [QuestionOption] {
        var picked: [QuestionOption] = []
        for value in values {
            let wanted = value.trimmingCharacters(in: .whitespaces)
            let option =
                question.options.first { $0.value == wanted }
                ?? question.options.first { $0.label.caseInsensitiveCompare(wanted) == .orderedSame }
                ?? Int(wanted).flatMap { number in question.options.indices.contains(number - 1) ? question.options[number - 1] : nil }
            guard let option else {
                let choices = question.options.enumerated().map { "\($0.offset + 1) (\($0.element.label))" }.joined(separator: ", ")
                throw .invalidAnswer(step: step, message: "'\(wanted)' is not one of the options; choose \(choices)")
            }
            if !picked.contains(option) { picked.append(option) }
        }
        if !question.multiple, picked.count != 1 {
            throw .invalidAnswer(step: step, message: "choose exactly one option, by its number")
        }
        return picked
    }

    /// An http(s) URL with a host, adding `https://` when no scheme was typed.
    static func normalisedURL(_ text: String) -> String? {
        let candidate = text.contains("://") ? text : "https://" + text
        guard !candidate.contains(" "), let components = URLComponents(string: candidate),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, host.contains(".") || host == "localhost"
        else { return nil }
        return candidate
    }
}
