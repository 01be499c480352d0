/// A comparison between two values. Comparisons bind tighter than `not`, `and` and `or`
/// and do not chain: `a < b < c` is rejected so that its meaning is never guessed.
public enum ExpressionOperator: String, Hashable, Sendable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    /// Element of a list, or substring of a text.
    case `in` = "in"
    /// The negation of `in`.
    case notIn = "not in"
    /// `in` with its sides swapped: the list or text comes first.
    case contains = "contains"

    /// Applies the comparison; `offset` locates type errors.
    func apply(_ lhs: Value, _ rhs: Value, at offset: Int) throws(ExpressionError) -> Bool {
        switch self {
        case .equal: return lhs == rhs
        case .notEqual: return lhs != rhs
        case .less: return try order(lhs, rhs, at: offset) < 0
        case .lessOrEqual: return try order(lhs, rhs, at: offset) <= 0
        case .greater: return try order(lhs, rhs, at: offset) > 0
        case .greaterOrEqual: return try order(lhs, rhs, at: offset) >= 0
        case .in: return try membership(of: lhs, in: rhs, at: offset)
        case .notIn: return try !membership(of: lhs, in: rhs, at: offset)
        case .contains: return try membership(of: rhs, in: lhs, at: offset)
        }
    }

    /// -1, 0 or 1: numbers numerically, texts character by character in Unicode order
    /// (so ISO dates sort by time); anything else is a mistake in the playbook.
    private func order(_ lhs: Value, _ rhs: Value, at offset: Int) throws(ExpressionError) -> Int {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)):
            return a < b ? -1 : (a == b ? 0 : 1)
        case (.string(let a), .string(let b)):
            return a < b ? -1 : (a == b ? 0 : 1)
        default:
            var message = "'\(rawValue)' compares two numbers or two texts, "
                + "not \(lhs.type.description) and \(rhs.type.description)"
            if lhs == .null || rhs == .null {
                message += "; a side without an answer is nothing, so check it first, e.g. answered(score) and score \(rawValue) 3"
            }
            throw ExpressionError(offset: offset, message: message)
        }
    }

    /// Whether `needle` is an element of the list or a substring of the text `haystack`.
    /// An unanswered haystack contains nothing.
    private func membership(of needle: Value, in haystack: Value, at offset: Int) throws(ExpressionError) -> Bool {
        switch haystack {
        case .null:
            return false
        case .list(let items):
            return items.contains(needle)
        case .string(let text):
            switch needle {
            case .string(let part): return part.isEmpty || text.contains(part)
            case .null: return false
            default:
                throw ExpressionError(
                    offset: offset,
                    message: "'\(rawValue)' looks for text inside text, not for \(needle.type.description); "
                        + "compare with '==' instead, or put the values in a list")
            }
        default:
            throw ExpressionError(
                offset: offset,
                message: "'\(rawValue)' looks inside a list or a text, not inside \(haystack.type.description)")
        }
    }
}
