import Testing

@testable import PlaybookKit

/// Parsing: how source is grouped and what each token becomes.
@Suite struct ExpressionParserTests {
    /// The fully parenthesised form of `source`, which shows the grouping.
    private func grouped(_ source: String) throws -> String {
        try ExpressionParser.parse(source).description
    }

    @Test func precedenceIsOrThenAndThenNotThenComparison() throws {
        #expect(try grouped("a or b and c") == "(a or (b and c))")
        #expect(try grouped("a and b or c") == "((a and b) or c)")
        #expect(try grouped("not a and b") == "((not a) and b)")
        #expect(try grouped("not a == 1") == "(not (a == 1))")
        #expect(try grouped("a == 1 or b != 2 and not c < 3") == "((a == 1) or ((b != 2) and (not (c < 3))))")
        #expect(try grouped("not not a") == "(not (not a))")
    }

    @Test func parenthesesOverridePrecedence() throws {
        #expect(try grouped("(a or b) and c") == "((a or b) and c)")
        #expect(try grouped("not (a or b)") == "(not (a or b))")
        #expect(try grouped("((a))") == "a")
    }

    @Test func chainsOfAndAndOrStayFlat() throws {
        let expression = try ExpressionParser.parse("a or b or c or d")
        guard case .or(let operands, let offset) = expression else {
            Issue.record("expected an 'or' node, got \(expression)")
            return
        }
        #expect(operands.count == 4)
        #expect(offset == 2)
    }

    @Test(arguments: [
        ("a == b", ExpressionOperator.equal), ("a != b", .notEqual), ("a < b", .less), ("a <= b", .lessOrEqual),
        ("a > b", .greater), ("a >= b", .greaterOrEqual), ("a in b", .in), ("a not in b", .notIn),
        ("a contains b", .contains),
    ])
    func everyComparisonOperator(source: String, expected: ExpressionOperator) throws {
        let expression = try ExpressionParser.parse(source)
        #expect(
            expression
                == .comparison(
                    expected,
                    .reference(ExpressionReference(path: ["a"], offset: 0)),
                    .reference(ExpressionReference(path: ["b"], offset: source.count - 1)),
                    offset: 2))
    }

    @Test func operatorsNeedNoSpaces() throws {
        #expect(try grouped("a==1") == "(a == 1)")
        #expect(try grouped("a<=-2") == "(a <= -2)")
        #expect(try grouped("(a>b)and(c!=d)") == "((a > b) and (c != d))")
    }

    @Test func literals() throws {
        #expect(try ExpressionParser.parse("3") == .literal(.number(3), offset: 0))
        #expect(try ExpressionParser.parse("-2") == .literal(.number(-2), offset: 0))
        #expect(try ExpressionParser.parse("0.5") == .literal(.number(0.5), offset: 0))
        #expect(try ExpressionParser.parse("-12.25") == .literal(.number(-12.25), offset: 0))
        #expect(try ExpressionParser.parse(" true") == .literal(.bool(true), offset: 1))
        #expect(try ExpressionParser.parse("false") == .literal(.bool(false), offset: 0))
        #expect(try ExpressionParser.parse("null") == .literal(.null, offset: 0))
        #expect(try ExpressionParser.parse("'it'") == .literal(.string("it"), offset: 0))
        #expect(try ExpressionParser.parse("\"it\"") == .literal(.string("it"), offset: 0))
    }

    @Test func listLiterals() throws {
        #expect(
            try ExpressionParser.parse("['a', 2, [true]]")
                == .list(
                    [
                        .literal(.string("a"), offset: 1), .literal(.number(2), offset: 6),
                        .list([.literal(.bool(true), offset: 10)], offset: 9),
                    ], offset: 0))
        #expect(try ExpressionParser.parse("[]") == .list([], offset: 0))
    }

    @Test func stringEscapes() throws {
        #expect(try ExpressionParser.parse(#"'a\\b'"#) == .literal(.string(#"a\b"#), offset: 0))
        #expect(try ExpressionParser.parse(#"'it\'s'"#) == .literal(.string("it's"), offset: 0))
        #expect(try ExpressionParser.parse(#""say \"hi\"""#) == .literal(.string(#"say "hi""#), offset: 0))
        #expect(try ExpressionParser.parse(#"'line\nnext'"#) == .literal(.string("line\nnext"), offset: 0))
        #expect(try ExpressionParser.parse(#""it's""#) == .literal(.string("it's"), offset: 0))
        #expect(try ExpressionParser.parse(#"'say "hi"'"#) == .literal(.string(#"say "hi""#), offset: 0))
    }

    @Test func hyphensBelongToIdentifiers() throws {
        #expect(
            try ExpressionParser.parse("site-url")
                == .reference(ExpressionReference(path: ["site-url"], offset: 0)))
        #expect(try ExpressionParser.parse("step-2") == .reference(ExpressionReference(path: ["step-2"], offset: 0)))
        #expect(try grouped("days-left >= -3") == "(days-left >= -3)")
        #expect(try grouped("days-left>=-3") == "(days-left >= -3)")
        #expect(try grouped("not-ready == true") == "(not-ready == true)")
        #expect(try grouped("in_scope and or-else") == "(in_scope and or-else)")
    }

    @Test func dottedPathsAreOneReference() throws {
        #expect(
            try ExpressionParser.parse("check.score > 2")
                == .comparison(
                    .greater, .reference(ExpressionReference(path: ["check", "score"], offset: 0)),
                    .literal(.number(2), offset: 14), offset: 12))
        #expect(
            try ExpressionParser.parse("a.b-c.d").references == [ExpressionReference(path: ["a", "b-c", "d"], offset: 0)])
    }

    @Test func functionCalls() throws {
        #expect(
            try ExpressionParser.parse("count(x)")
                == .call(.count, [.reference(ExpressionReference(path: ["x"], offset: 6))], offset: 0))
        #expect(try grouped("answered(site-url) and lower(provider) == 'ovh'")
            == "(answered(site-url) and (lower(provider) == 'ovh'))")
        #expect(try grouped("count ( ['a'] ) > 0") == "(count(['a']) > 0)")
    }

    @Test func aStepMayBeNamedLikeAFunction() throws {
        #expect(try ExpressionParser.parse("count") == .reference(ExpressionReference(path: ["count"], offset: 0)))
    }

    @Test func offsetsCountCodePoints() throws {
        let expression = try ExpressionParser.parse("'é🚨' == x")
        #expect(expression.offset == 5)
        #expect(expression.references == [ExpressionReference(path: ["x"], offset: 8)])
    }

    @Test func descriptionParsesBackToTheSameGrouping() throws {
        let sources = [
            #"a == 'it\'s' or not (b in [1, -2.5, null]) and count(c) >= 3"#,
            "x not in ['a\\nb'] and y contains 'z' or answered(q.r)",
        ]
        for source in sources {
            let once = try grouped(source)
            #expect(try grouped(once) == once)
        }
    }

    @Test func descriptionWritesNumbersWithoutExponents() throws {
        #expect(try grouped("[0.00000015, -123456789012345678901, 2.5, -0.5, 7]")
            == "[0.00000015, -123456789012345680000, 2.5, -0.5, 7]")
    }

    @Test func referencesAreListedInSourceOrder() throws {
        let expression = try ExpressionParser.parse(
            "answered(site-url) and (check.score > limit or 'x' in tags) and not [owner] contains me")
        #expect(
            expression.references == [
                ExpressionReference(path: ["site-url"], offset: 9),
                ExpressionReference(path: ["check", "score"], offset: 24),
                ExpressionReference(path: ["limit"], offset: 38),
                ExpressionReference(path: ["tags"], offset: 54),
                ExpressionReference(path: ["owner"], offset: 69),
                ExpressionReference(path: ["me"], offset: 85),
            ])
        #expect(try ExpressionParser.parse("'a' == 1").references.isEmpty)
    }
}
