import Foundation

/// Turns what a person typed into a stored answer, or says clearly what would fit.
/// Forgiving where it is safe: `example.org` becomes `https://example.org`, `3,5`
/// is read as 3.5, and a yes/no question, shown as the options 1) Yes 2) No, takes those
/// numbers, the words yes and no in English and in the run's language, and true/false.
/// Single letters are not answers: at a prompt they are commands (`n` adds a note, `s`
/// saves), the same on every step.
public enum AnswerParser {
    /// Longest text answer kept, in characters.
    public static let maxTextLength = 20_000

    /// The typed value of `text` as an answer of `type`; a refusal says what would fit in
    /// `words`.
    public static func value(_ text: String, as type: InputType, step: String, words: AnswerText = .english) throws(EngineError) -> Value {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        func refuse(_ key: String, _ values: String...) -> EngineError {
            .invalidAnswer(step: step, message: words.string(key, values))
        }
        guard !trimmed.isEmpty else { throw refuse("answer.empty") }
        guard trimmed.count <= maxTextLength else { throw refuse("answer.too-long", "\(maxTextLength)") }
        switch type {
        case .text:
            return .string(trimmed)
        case .number:
            guard let number = Double(trimmed.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
                throw refuse("answer.not-number", trimmed)
            }
            return .number(number)
        case .date:
            guard let date = CalendarDate(trimmed) else {
                throw refuse("answer.not-date", trimmed)
            }
            return .string(date.description)
        case .url:
            guard let url = normalisedURL(trimmed) else {
                throw refuse("answer.not-url", trimmed)
            }
            return .string(url)
        case .yesNo:
            let typed = trimmed.lowercased()
            if ["1", "yes", "true", words.string("answer.yes", []).lowercased()].contains(typed) { return .bool(true) }
            if ["2", "no", "false", words.string("answer.no", []).lowercased()].contains(typed) { return .bool(false) }
            throw refuse("answer.not-yes-no", words.string("answer.yes", []), words.string("answer.no", []))
        }
    }

    /// The options picked by `values` (option values, labels, or 1-based numbers); a
    /// refusal says what would fit in `words`. `numbered` is for what a person typed at a
    /// prompt that showed the options numbered: a number there is the option shown with
    /// it, even where option values are themselves numbers; in an answers file a value
    /// comes first, since it does not move when options are reordered.
    public static func options(
        _ values: [String], for question: StepKind.Question, step: String, numbered: Bool = false,
        words: AnswerText = .english
    ) throws(EngineError) -> [QuestionOption] {
        var picked: [QuestionOption] = []
        for value in values {
            let wanted = value.trimmingCharacters(in: .whitespaces)
            let byNumber = Int(wanted).flatMap { number in question.options.indices.contains(number - 1) ? question.options[number - 1] : nil }
            let byName =
                question.options.first { $0.value == wanted }
                ?? question.options.first { $0.label.caseInsensitiveCompare(wanted) == .orderedSame }
            let option = numbered ? byNumber ?? byName : byName ?? byNumber
            guard let option else {
                let choices = question.options.enumerated().map { "\($0.offset + 1) (\($0.element.label))" }.joined(separator: ", ")
                throw .invalidAnswer(step: step, message: words("answer.not-option", wanted, choices))
            }
            if !picked.contains(option) { picked.append(option) }
        }
        if !question.multiple, picked.count != 1 {
            throw .invalidAnswer(step: step, message: words("answer.one-option"))
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
