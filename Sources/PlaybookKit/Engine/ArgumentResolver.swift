/// Resolves an action step's `with:` values against the session's answers, and fits
/// them to the declared parameter types (text typed as "5" passed where a number is
/// declared becomes 5).
enum ArgumentResolver {
    static func resolve(_ content: ActionArgument.Content, _ lookup: ([String]) -> Value?) throws(ExpressionError) -> Value {
        switch content {
        case .literal(let value): return value
        case .template(let text): return try text.template.render(lookup)
        case .list(let items):
            var values: [Value] = []
            for item in items { values.append(try resolve(item, lookup)) }
            return .list(values)
        }
    }

    /// `value` as a value of `type`, or nil when it cannot be one. Null passes through
    /// (a missing optional answer); required parameters are checked separately.
    static func coerce(_ value: Value, to type: ValueType) -> Value? {
        switch (type, value) {
        case (_, .null), (.any, _): return value
        case (.number, .string(let text)): return Double(text).map(Value.number)
        case (.bool, .string(let text)): return text == "true" ? .bool(true) : text == "false" ? .bool(false) : nil
        case (.string, .number), (.string, .bool): return .string(value.displayText)
        case (.date, .string(let text)): return CalendarDate(text) != nil ? value : nil
        case (.url, .string(let text)): return AnswerParser.normalisedURL(text).map(Value.string)
        default: return value.type.fits(type) ? value : nil
        }
    }
}
