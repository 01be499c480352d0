extension Expression {
    /// The expression's value, reading answers and outputs through `lookup`.
    ///
    /// `lookup` receives a reference's whole path; when it returns nil for a dotted path,
    /// the longest prefix it knows is looked up instead and the rest of the path is followed
    /// through record fields. A reference that resolves to nothing is `.null`, never an error,
    /// because an unanswered question is a normal state of a session. `and` and `or`
    /// evaluate left to right and stop as soon as the result is known, so
    /// `answered(score) and score > 3` never compares an unanswered score.
    public func evaluate(_ lookup: (_ path: [String]) -> Value?) throws(ExpressionError) -> Value {
        switch self {
        case .literal(let value, _):
            return value
        case .list(let items, _):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try item.evaluate(lookup)) }
            return .list(values)
        case .reference(let reference):
            return Self.resolve(reference.path, lookup)
        case .call(let function, let arguments, let offset):
            var values: [Value] = []
            for argument in arguments { values.append(try argument.evaluate(lookup)) }
            return try function.apply(values, at: offset)
        case .not(let operand, _):
            return .bool(!(try operand.truth(lookup, role: "'not' needs a yes/no value")))
        case .and(let operands, _):
            for operand in operands {
                if !(try operand.truth(lookup, role: "'and' joins yes/no values")) { return .bool(false) }
            }
            return .bool(true)
        case .or(let operands, _):
            for operand in operands {
                if try operand.truth(lookup, role: "'or' joins yes/no values") { return .bool(true) }
            }
            return .bool(false)
        case .comparison(let comparison, let lhs, let rhs, let offset):
            let left = try lhs.evaluate(lookup)
            let right = try rhs.evaluate(lookup)
            return .bool(try comparison.apply(left, right, at: offset))
        }
    }

    /// Whether a route's `when` holds. Only `true` routes: null (an unanswered yes/no
    /// question) is false, and any other kind of value is an error, because a condition
    /// that yields text or a number is a mistake in the playbook, not a decision.
    public func evaluateCondition(_ lookup: (_ path: [String]) -> Value?) throws(ExpressionError) -> Bool {
        try truth(lookup, role: "a condition must give yes or no")
    }

    /// The value as a yes/no for `not`, `and`, `or` and conditions; `role` opens the
    /// error message.
    private func truth(_ lookup: (_ path: [String]) -> Value?, role: String) throws(ExpressionError) -> Bool {
        let value = try evaluate(lookup)
        switch value {
        case .bool(let flag): return flag
        case .null: return false
        default:
            throw ExpressionError(
                offset: offset,
                message: "\(role), but this gives \(value.type.description); "
                    + "compare it with something, e.g. \(self) == 'yes'")
        }
    }

    /// Resolves a path through `lookup`, falling back to the longest known prefix and its
    /// record fields.
    private static func resolve(_ path: [String], _ lookup: (_ path: [String]) -> Value?) -> Value {
        for known in stride(from: path.count, to: 0, by: -1) {
            guard var value = lookup(Array(path[..<known])) else { continue }
            for field in path[known...] {
                guard let next = value.record?[field] else { return .null }
                value = next
            }
            return value
        }
        return .null
    }
}
