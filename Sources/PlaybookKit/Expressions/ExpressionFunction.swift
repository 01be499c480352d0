/// The only calls an expression can make. The list is closed and every function is pure,
/// so a playbook can never reach code, files or the network through an expression.
public enum ExpressionFunction: String, Hashable, Sendable, CaseIterable {
    /// `answered(ref)`: whether the reference has a value other than null.
    case answered
    /// `count(x)`: the number of items of a list or characters of a text; 0 for null.
    case count
    /// `lower(s)`: the text in lowercase, for comparisons that ignore case; null stays null.
    case lower

    /// How many arguments the function takes.
    public var arity: Int { 1 }

    /// A usage example for messages.
    var example: String {
        switch self {
        case .answered: return "answered(site-url)"
        case .count: return "count(symptoms)"
        case .lower: return "lower(provider)"
        }
    }

    /// Applies the function to evaluated arguments; `offset` locates errors.
    func apply(_ arguments: [Value], at offset: Int) throws(ExpressionError) -> Value {
        let argument = arguments.first ?? .null
        switch self {
        case .answered:
            return .bool(argument != .null)
        case .count:
            switch argument {
            case .list(let items): return .number(Double(items.count))
            case .string(let text): return .number(Double(text.count))
            case .null: return .number(0)
            default:
                throw ExpressionError(
                    offset: offset,
                    message: "count() counts the items of a list or the characters of a text, not \(argument.type.description)")
            }
        case .lower:
            switch argument {
            case .string(let text): return .string(text.lowercased())
            case .null: return .null
            default:
                throw ExpressionError(
                    offset: offset, message: "lower() takes text, not \(argument.type.description)")
            }
        }
    }
}
