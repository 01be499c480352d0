/// A parsed condition or placeholder of a playbook. It is data, never code: evaluating it
/// can only read answers and outputs through the lookup it is given, so a hostile playbook
/// cannot reach files, the network or the process.
///
/// Each node keeps the 0-based code-point offset of the token that introduces it (the
/// literal, the first character of a reference, `[`, the function name, `not`, the
/// comparison operator, the first `and` or `or`), so that errors point where a person looks.
public indirect enum Expression: Hashable, Sendable {
    /// A string, number, `true`, `false` or `null`.
    case literal(Value, offset: Int)
    /// `[a, b, …]`.
    case list([Expression], offset: Int)
    /// A step id or a dotted path into its value, e.g. `check.score`.
    case reference(ExpressionReference)
    /// One of the few built-in functions.
    case call(ExpressionFunction, [Expression], offset: Int)
    /// `not x`.
    case not(Expression, offset: Int)
    /// `a == b`, `a in b` and the other comparisons.
    case comparison(ExpressionOperator, Expression, Expression, offset: Int)
    /// `a and b and …`, kept flat so long chains stay shallow.
    case and([Expression], offset: Int)
    /// `a or b or …`, kept flat so long chains stay shallow.
    case or([Expression], offset: Int)

    /// Where the node's introducing token starts, as a 0-based code-point offset.
    public var offset: Int {
        switch self {
        case .literal(_, let offset), .list(_, let offset), .call(_, _, let offset), .not(_, let offset),
            .comparison(_, _, _, let offset), .and(_, let offset), .or(_, let offset):
            return offset
        case .reference(let reference):
            return reference.offset
        }
    }

    /// Every reference in source order, including those inside `answered(…)`, so lint can
    /// check that each names a step that exists and comes earlier.
    public var references: [ExpressionReference] {
        var found: [ExpressionReference] = []
        collectReferences(into: &found)
        return found
    }

    private func collectReferences(into found: inout [ExpressionReference]) {
        switch self {
        case .literal:
            break
        case .reference(let reference):
            found.append(reference)
        case .list(let items, _), .call(_, let items, _), .and(let items, _), .or(let items, _):
            for item in items { item.collectReferences(into: &found) }
        case .not(let operand, _):
            operand.collectReferences(into: &found)
        case .comparison(_, let lhs, let rhs, _):
            lhs.collectReferences(into: &found)
            rhs.collectReferences(into: &found)
        }
    }
}
