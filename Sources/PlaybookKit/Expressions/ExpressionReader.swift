/// Builds an `Expression` from tokens by recursive descent with one token of lookahead
/// and no backtracking, so parsing time grows linearly with the source. Grammar, loosest
/// first:
///
///     or         = and { "or" and }
///     and        = not { "and" not }
///     not        = "not" not | comparison
///     comparison = operand [ operator operand ]
///     operand    = literal | list | reference | call | "(" or ")"
///
/// Every `(`, `[`, call and `not` opens a nesting level; more than `maxDepth` of them is
/// an error, which also bounds the recursion.
struct ExpressionReader {
    private var lexer: ExpressionLexer
    private let maxDepth: Int
    private var depth = 0
    /// The token being looked at.
    private(set) var token: ExpressionToken
    /// The token before it, to say what a missing value should follow.
    private var previous: ExpressionToken?

    init(lexer: ExpressionLexer, maxDepth: Int) throws(ExpressionError) {
        self.lexer = lexer
        self.maxDepth = maxDepth
        self.token = try self.lexer.next()
    }

    /// Reads a whole condition, up to the end of the source.
    mutating func readSource() throws(ExpressionError) -> Expression {
        if token.kind == .end {
            throw ExpressionError(
                offset: token.offset,
                message: "the expression is empty; write a condition such as site-down == true")
        }
        let expression = try readOr()
        guard token.kind == .end else {
            if token.kind == .symbol(.closeParenthesis) {
                throw ExpressionError(offset: token.offset, message: "unexpected ')' without a matching '('; remove it")
            }
            throw ExpressionError(
                offset: token.offset,
                message: "unexpected \(token.quoted) after a complete expression; join conditions with 'and' or 'or'")
        }
        return expression
    }

    /// Reads the expression of a template placeholder, whose `{{` has been consumed, and
    /// its closing `}}`; returns the expression, where it starts and where the `}}` ends.
    mutating func readPlaceholder() throws(ExpressionError) -> (expression: Expression, start: Int, end: Int) {
        if token.kind == .symbol(.closePlaceholder) {
            throw ExpressionError(
                offset: token.offset,
                message: "this placeholder is empty; put a step id between '{{' and '}}', e.g. {{ site-url }}")
        }
        let start = token.offset
        let expression = try readOr()
        guard token.kind == .symbol(.closePlaceholder) else {
            if let unclosed = lexer.unclosedPlaceholder(from: token.offset) { throw unclosed }
            throw ExpressionError(
                offset: token.offset, message: "expected '}}' to end the placeholder, not \(token.quoted)")
        }
        return (expression, start, token.end)
    }

    private mutating func advance() throws(ExpressionError) {
        previous = token
        token = try lexer.next()
    }

    /// Opens a nesting level at `offset`, failing past `maxDepth`.
    private mutating func enter(at offset: Int) throws(ExpressionError) {
        depth += 1
        if depth > maxDepth {
            throw ExpressionError(
                offset: offset,
                message: "the expression nests more than \(maxDepth) levels deep; simplify it or split the decision across steps")
        }
    }

    private mutating func leave() {
        depth -= 1
    }

    private mutating func readOr() throws(ExpressionError) -> Expression {
        var operands = [try readAnd()]
        var offset: Int?
        while token.keyword == "or" {
            offset = offset ?? token.offset
            try advance()
            operands.append(try readAnd())
        }
        guard let offset else { return operands[0] }
        return .or(operands, offset: offset)
    }

    private mutating func readAnd() throws(ExpressionError) -> Expression {
        var operands = [try readNot()]
        var offset: Int?
        while token.keyword == "and" {
            offset = offset ?? token.offset
            try advance()
            operands.append(try readNot())
        }
        guard let offset else { return operands[0] }
        return .and(operands, offset: offset)
    }

    private mutating func readNot() throws(ExpressionError) -> Expression {
        guard token.keyword == "not" else { return try readComparison() }
        let offset = token.offset
        try enter(at: offset)
        try advance()
        let operand = try readNot()
        leave()
        return .not(operand, offset: offset)
    }

    private mutating func readComparison() throws(ExpressionError) -> Expression {
        let lhs = try readOperand()
        let offset = token.offset
        guard let comparison = try readOperator() else { return lhs }
        let rhs = try readOperand()
        if Self.comparison(of: token) != nil || token.keyword == "not" {
            throw ExpressionError(
                offset: token.offset,
                message: "comparisons cannot be chained; join them with 'and', e.g. a < b and b < c")
        }
        return .comparison(comparison, lhs, rhs, offset: offset)
    }

    /// Consumes a comparison operator if the token starts one; `not` must be followed by `in`.
    private mutating func readOperator() throws(ExpressionError) -> ExpressionOperator? {
        if let comparison = Self.comparison(of: token) {
            try advance()
            return comparison
        }
        guard token.keyword == "not" else { return nil }
        try advance()
        guard token.keyword == "in" else {
            throw ExpressionError(
                offset: token.offset,
                message: "expected 'in' after 'not' here, e.g. provider not in ['a', 'b']; to negate a condition, put 'not' before it")
        }
        try advance()
        return .notIn
    }

    /// The comparison a single token spells, if any.
    private static func comparison(of token: ExpressionToken) -> ExpressionOperator? {
        switch token.kind {
        case .symbol(.equal): return .equal
        case .symbol(.notEqual): return .notEqual
        case .symbol(.less): return .less
        case .symbol(.lessOrEqual): return .lessOrEqual
        case .symbol(.greater): return .greater
        case .symbol(.greaterOrEqual): return .greaterOrEqual
        case .name(["in"]): return .in
        case .name(["contains"]): return .contains
        default: return nil
        }
    }

    private mutating func readOperand() throws(ExpressionError) -> Expression {
        let start = token
        switch start.kind {
        case .number(let number):
            try advance()
            return .literal(.number(number), offset: start.offset)
        case .string(let text):
            try advance()
            return .literal(.string(text), offset: start.offset)
        case .symbol(.openParenthesis):
            try enter(at: start.offset)
            try advance()
            let inner = try readOr()
            guard token.kind == .symbol(.closeParenthesis) else {
                throw ExpressionError(
                    offset: token.offset, message: "expected ')' to close the '(' before it, not \(token.quoted)")
            }
            leave()
            try advance()
            return inner
        case .symbol(.openBracket):
            try enter(at: start.offset)
            try advance()
            let items = try readItems(closedBy: .closeBracket, what: "list")
            leave()
            return .list(items, offset: start.offset)
        case .name(let path):
            return try readName(path, at: start)
        default:
            throw missingValue()
        }
    }

    /// A literal keyword, a reference or a function call.
    private mutating func readName(_ path: [String], at start: ExpressionToken) throws(ExpressionError) -> Expression {
        switch start.keyword {
        case "true"?:
            try advance()
            return .literal(.bool(true), offset: start.offset)
        case "false"?:
            try advance()
            return .literal(.bool(false), offset: start.offset)
        case "null"?:
            try advance()
            return .literal(.null, offset: start.offset)
        case .some:
            throw missingValue()
        case nil:
            break
        }
        if ExpressionToken.keywords.contains(path[0]) {
            throw ExpressionError(
                offset: start.offset,
                message: "'\(path[0])' is a reserved word and cannot start a reference; rename the step")
        }
        try advance()
        guard token.kind == .symbol(.openParenthesis) else {
            return .reference(ExpressionReference(path: path, offset: start.offset))
        }
        guard path.count == 1, let function = ExpressionFunction(rawValue: path[0]) else {
            let names = ExpressionFunction.allCases.map { "\($0.rawValue)()" }.joined(separator: ", ")
            throw ExpressionError(
                offset: start.offset,
                message: "unknown function '\(start.text)'; the functions are \(names)")
        }
        try enter(at: start.offset)
        try advance()
        let arguments = try readItems(closedBy: .closeParenthesis, what: "call")
        leave()
        guard arguments.count == function.arity else {
            throw ExpressionError(
                offset: start.offset,
                message: "\(function.rawValue)() takes exactly \(function.arity) value, e.g. \(function.example)")
        }
        if function == .answered {
            guard case .reference = arguments[0] else {
                throw ExpressionError(
                    offset: arguments[0].offset,
                    message: "answered() takes a step id, e.g. \(function.example)")
            }
        }
        return .call(function, arguments, offset: start.offset)
    }

    /// Comma-separated expressions up to `closing`, which is consumed.
    private mutating func readItems(
        closedBy closing: ExpressionToken.Symbol, what: String
    ) throws(ExpressionError) -> [Expression] {
        var items: [Expression] = []
        if token.kind == .symbol(closing) {
            try advance()
            return items
        }
        while true {
            items.append(try readOr())
            if token.kind == .symbol(.comma) {
                try advance()
                continue
            }
            guard token.kind == .symbol(closing) else {
                throw ExpressionError(
                    offset: token.offset,
                    message: "expected ',' or '\(closing.rawValue)' in the \(what), not \(token.quoted)")
            }
            try advance()
            return items
        }
    }

    /// The error for a token found where a value should be.
    private func missingValue() -> ExpressionError {
        if token.keyword == "not", let previous {
            return ExpressionError(
                offset: token.offset,
                message: "'not' cannot follow \(previous.quoted); put it before the whole comparison, e.g. not (a == b)")
        }
        let after = previous.map { " after \($0.quoted)" } ?? ""
        let found = token.kind == .end ? "" : ", not \(token.quoted)"
        return ExpressionError(offset: token.offset, message: "expected a value\(after)\(found)")
    }
}
