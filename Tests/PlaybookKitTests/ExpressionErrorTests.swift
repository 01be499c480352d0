import Testing

@testable import PlaybookKit

/// Errors point at the exact code point of the bad token and say what to do.
@Suite struct ExpressionErrorTests {
    /// The error parsing `source` throws.
    private func error(_ source: String) -> ExpressionError? {
        do {
            _ = try ExpressionParser.parse(source)
            return nil
        } catch {
            return error
        }
    }

    @Test func unterminatedStringPointsAtItsQuote() {
        #expect(error("a == 'open") == ExpressionError(
            offset: 5, message: "this string is never closed; add a matching ' at its end"))
        #expect(error(#"a == "it\""#)?.offset == 5)
        #expect(error("a == 'ends in backslash\\")?.offset == 5)
    }

    @Test func unknownEscapePointsAtTheBackslash() {
        let found = error(#"'tab\there'"#)
        #expect(found?.offset == 4)
        #expect(found?.message.contains("unknown escape") == true)
    }

    @Test func missingOperandPointsWhereTheValueShouldBe() {
        #expect(error("a ==") == ExpressionError(offset: 4, message: "expected a value after '=='"))
        #expect(error("a == and b")?.offset == 5)
        #expect(error("a == and b")?.message == "expected a value after '==', not 'and'")
        #expect(error("a and")?.offset == 5)
        #expect(error("not")?.message == "expected a value after 'not'")
        #expect(error("== 3") == ExpressionError(offset: 0, message: "expected a value, not '=='"))
        #expect(error("()")?.offset == 1)
        #expect(error("[1, ]")?.offset == 4)
    }

    @Test func unexpectedTokenPointsAtIt() {
        #expect(error("a b")?.offset == 2)
        #expect(error("a == 1 2")?.message.contains("join conditions with 'and' or 'or'") == true)
        #expect(error("a)")?.offset == 1)
        #expect(error("(a == 1")?.offset == 7)
        #expect(error("[1 2]")?.offset == 3)
        #expect(error("a = 1") == ExpressionError(offset: 2, message: "unexpected '='; write '==' to compare two values"))
        #expect(error("a && b")?.offset == 2)
        #expect(error("!a")?.offset == 0)
        #expect(error("a == 'x' ; b")?.offset == 9)
        #expect(error("siteUrl")?.offset == 4)
        #expect(error("Site")?.offset == 0)
        #expect(error("{{ site-url }}")?.message.contains("without '{{ }}'") == true)
    }

    @Test func minusWithoutDigitIsNotArithmetic() {
        #expect(error("a == - 2")?.offset == 5)
        #expect(error("a - b")?.offset == 2)
        #expect(error("3-1")?.offset == 1)
    }

    @Test func malformedNumbersAndPaths() {
        #expect(error("1.")?.offset == 2)
        #expect(error("a == 2x")?.offset == 6)
        #expect(error("check.")?.offset == 6)
        #expect(error("check.Score")?.offset == 6)
        #expect(error("true.x")?.offset == 0)
    }

    @Test func comparisonsDoNotChain() {
        #expect(error("1 < a < 3")?.offset == 6)
        #expect(error("a == b == c")?.message.contains("cannot be chained") == true)
        #expect(error("a == b not in c")?.offset == 7)
    }

    @Test func notMustBeFollowedByInAfterAValue() {
        #expect(error("a not b")?.offset == 6)
        #expect(error("a == not b")?.offset == 5)
        #expect(error("a == not b")?.message.contains("not (a == b)") == true)
    }

    @Test func unknownFunctionPointsAtItsName() {
        #expect(error("x and upper(y)") == ExpressionError(
            offset: 6, message: "unknown function 'upper'; the functions are answered(), count(), lower()"))
        #expect(error("a.b(c)")?.offset == 0)
    }

    @Test func callsCheckTheirArguments() {
        #expect(error("count()")?.offset == 0)
        #expect(error("count(a, b)")?.message == "count() takes exactly 1 value, e.g. count(symptoms)")
        #expect(error("a and answered('x')") == ExpressionError(
            offset: 15, message: "answered() takes a step id, e.g. answered(site-url)"))
        #expect(error("count(a")?.offset == 7)
    }

    @Test func emptyExpression() {
        #expect(error("")?.offset == 0)
        #expect(error("   ")?.offset == 3)
        #expect(error("  ")?.message.contains("empty") == true)
    }

    @Test func nestingDeeperThanTheLimitPointsAtTheFirstLevelTooMany() {
        let limit = ExpressionParser.maxDepth
        let fits = String(repeating: "(", count: limit) + "a" + String(repeating: ")", count: limit)
        #expect(error(fits) == nil)
        let tooDeep = String(repeating: "(", count: limit + 1) + "a" + String(repeating: ")", count: limit + 1)
        #expect(error(tooDeep) == ExpressionError(
            offset: limit,
            message: "the expression nests more than 64 levels deep; simplify it or split the decision across steps"))
        #expect(error(String(repeating: "not ", count: limit + 1) + "a")?.offset == 4 * limit)
        #expect(error(String(repeating: "[", count: limit + 1))?.offset == limit)
        #expect(error(String(repeating: "count(", count: limit + 1))?.offset == 6 * limit)
    }

    @Test func tenThousandOpeningParenthesesFailWithTheDepthError() {
        let found = error(String(repeating: "(", count: 10_000))
        #expect(found?.offset == ExpressionParser.maxDepth)
        #expect(found?.message.contains("nests more than") == true)
    }

    @Test func sourcesLongerThanTheLimitFailAtTheLimit() {
        let limit = ExpressionParser.maxSourceLength
        let fits = "a == '" + String(repeating: "x", count: limit - 7) + "'"
        #expect(fits.count == limit)
        #expect(error(fits) == nil)
        let tooLong = "a == '" + String(repeating: "x", count: limit - 6) + "'"
        #expect(error(tooLong) == ExpressionError(
            offset: limit,
            message: "the expression is longer than 4096 characters; shorten it or split the decision across several steps"))
    }

    @Test(arguments: [
        String(repeating: "a", count: 100_000),
        "a == '" + String(repeating: "x", count: 100_000),
        String(repeating: "a or ", count: 20_000),
        String(repeating: " ", count: 100_000),
    ])
    func hundredThousandCharacterInputsFailWithTheLengthError(source: String) {
        #expect(error(source)?.offset == ExpressionParser.maxSourceLength)
        #expect(error(source)?.message.contains("longer than 4096") == true)
    }
}
