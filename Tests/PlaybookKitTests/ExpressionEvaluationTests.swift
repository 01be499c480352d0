import Testing

@testable import PlaybookKit

/// Evaluation against a session's answers and outputs.
@Suite struct ExpressionEvaluationTests {
    /// Answers of a pretend session; `check` is an action output record.
    private let answers: [[String]: Value] = [
        ["site-url"]: "https://example.org",
        ["site-down"]: true,
        ["score"]: 7,
        ["symptoms"]: ["ddos", "defacement"],
        ["deadline"]: "2026-11-27",
        ["provider"]: "OVHcloud",
        ["check"]: ["score": 0.5, "details": ["host": "example.org"]],
        ["skipped"]: .null,
    ]

    private func value(_ source: String) throws -> Value {
        try ExpressionParser.parse(source).evaluate { answers[$0] }
    }

    private func condition(_ source: String) throws -> Bool {
        try ExpressionParser.parse(source).evaluateCondition { answers[$0] }
    }

    /// The error evaluating `source` as a condition throws.
    private func error(_ source: String) throws -> ExpressionError? {
        let expression = try ExpressionParser.parse(source)
        do {
            _ = try expression.evaluateCondition { answers[$0] }
            return nil
        } catch {
            return error
        }
    }

    @Test func literalsAndReferencesKeepTheirTypes() throws {
        #expect(try value("'x'") == "x")
        #expect(try value("-2") == -2)
        #expect(try value("null") == .null)
        #expect(try value("[1, 'a', true]") == [1, "a", true])
        #expect(try value("symptoms") == ["ddos", "defacement"])
        #expect(try value("score") == 7)
    }

    @Test func dottedReferencesFollowRecordFields() throws {
        #expect(try value("check.score") == 0.5)
        #expect(try value("check.details.host") == "example.org")
        #expect(try value("check.missing") == .null)
        #expect(try value("site-url.host") == .null)
    }

    @Test func theLookupIsAskedForTheWholePathFirst() throws {
        var asked: [[String]] = []
        let result = try ExpressionParser.parse("check.score").evaluate { path in
            asked.append(path)
            return path == ["check", "score"] ? 3 : nil
        }
        #expect(result == 3)
        #expect(asked == [["check", "score"]])
    }

    @Test func unknownAndUnansweredReferencesAreNull() throws {
        #expect(try value("nobody") == .null)
        #expect(try value("skipped") == .null)
        #expect(try condition("nobody == null"))
        #expect(try condition("skipped == null"))
        #expect(try !condition("nobody == ''"))
        #expect(try !condition("nobody == 0"))
        #expect(try !condition("nobody == false"))
        #expect(try condition("nobody != 'x'"))
    }

    @Test func equalityComparesTypeAndValue() throws {
        #expect(try condition("score == 7"))
        #expect(try condition("score == 7.0"))
        #expect(try !condition("score == '7'"))
        #expect(try condition("symptoms == ['ddos', 'defacement']"))
        #expect(try !condition("symptoms == ['defacement', 'ddos']"))
        #expect(try condition("site-down == true"))
        #expect(try condition("site-down != false"))
    }

    @Test func orderingComparesNumbersNumerically() throws {
        #expect(try condition("score > 6.5"))
        #expect(try condition("score >= 7"))
        #expect(try !condition("score < 7"))
        #expect(try condition("score <= 7"))
        #expect(try condition("-3 < -2"))
        #expect(try condition("10 > 9"))
    }

    @Test func orderingComparesTextsSoIsoDatesWork() throws {
        #expect(try condition("deadline < '2026-12-01'"))
        #expect(try condition("deadline > '2026-02-28'"))
        #expect(try condition("deadline >= '2026-11-27'"))
        #expect(try !condition("deadline < '2026-11-27'"))
        #expect(try condition("'10' < '9'"))
        #expect(try condition("'B' < 'a'"))
    }

    @Test func orderingDifferentTypesIsAnError() throws {
        #expect(try error("score < '9'") == ExpressionError(
            offset: 6, message: "'<' compares two numbers or two texts, not a number and text"))
        #expect(try error("site-down >= false")?.message == "'>=' compares two numbers or two texts, not yes/no and yes/no")
        #expect(try error("symptoms > 1")?.offset == 9)
    }

    @Test func orderingAnUnansweredValueIsAnErrorThatSaysHowToGuardIt() throws {
        let found = try error("nobody > 3")
        #expect(found?.offset == 7)
        #expect(found?.message.contains("answered(score) and score > 3") == true)
        #expect(try !condition("answered(nobody) and nobody > 3"))
    }

    @Test func inAndContainsOnLists() throws {
        #expect(try condition("'ddos' in symptoms"))
        #expect(try !condition("'phishing' in symptoms"))
        #expect(try condition("'phishing' not in symptoms"))
        #expect(try condition("symptoms contains 'defacement'"))
        #expect(try condition("score in [1, 7]"))
        #expect(try condition("nobody in [null, 'a']"))
        #expect(try !condition("'7' in [7]"))
    }

    @Test func inAndContainsOnTexts() throws {
        #expect(try condition("'example' in site-url"))
        #expect(try condition("site-url contains 'https://'"))
        #expect(try !condition("'Example' in site-url"))
        #expect(try condition("'' in site-url"))
        #expect(try condition("'ovh' in lower(provider)"))
        #expect(try condition("'cloud' not in 'OVH'"))
    }

    @Test func inOnAnUnansweredValueIsFalse() throws {
        #expect(try !condition("'ddos' in nobody"))
        #expect(try condition("'ddos' not in nobody"))
        #expect(try !condition("nobody contains 'x'"))
        #expect(try !condition("nobody in 'text'"))
    }

    @Test func inOnOtherTypesIsAnError() throws {
        #expect(try error("'a' in score")?.message == "'in' looks inside a list or a text, not inside a number")
        #expect(try error("score in site-url")?.offset == 6)
        #expect(try error("check contains 'score'")?.offset == 6)
    }

    @Test func functions() throws {
        #expect(try value("count(symptoms)") == 2)
        #expect(try value("count('défaçé')") == 6)
        #expect(try value("count(nobody)") == 0)
        #expect(try value("count([])") == 0)
        #expect(try value("lower(provider)") == "ovhcloud")
        #expect(try value("lower(nobody)") == .null)
        #expect(try value("answered(score)") == true)
        #expect(try value("answered(skipped)") == false)
        #expect(try value("answered(check.score)") == true)
        #expect(try value("answered(check.nothing)") == false)
    }

    @Test func functionTypeErrors() throws {
        #expect(try error("count(score) > 1") == ExpressionError(
            offset: 0, message: "count() counts the items of a list or the characters of a text, not a number"))
        #expect(try error("site-down and lower(symptoms) == 'a'")?.offset == 14)
    }

    @Test func logicTreatsNullAsFalse() throws {
        #expect(try condition("site-down and score > 5"))
        #expect(try !condition("site-down and nobody"))
        #expect(try condition("nobody or site-down"))
        #expect(try condition("not nobody"))
        #expect(try !condition("not site-down"))
        #expect(try condition("not (score < 3 or 'x' in symptoms)"))
    }

    @Test func logicShortCircuitsLeftToRight() throws {
        #expect(try !condition("false and score < 'x'"))
        #expect(try condition("true or score < 'x'"))
        #expect(try error("true and score < 'x'")?.offset == 15)
    }

    @Test func logicOnNonBooleanValuesIsAnError() throws {
        #expect(try error("site-down and score") == ExpressionError(
            offset: 14,
            message: "'and' joins yes/no values, but this gives a number; compare it with something, e.g. score == 'yes'"))
        #expect(try error("not provider")?.offset == 4)
        #expect(try error("false or 'x'")?.offset == 9)
    }

    @Test func onlyTrueRoutes() throws {
        #expect(try condition("true"))
        #expect(try condition("site-down"))
        #expect(try !condition("false"))
        #expect(try !condition("null"))
        #expect(try !condition("skipped"))
        #expect(try error("site-url") == ExpressionError(
            offset: 0,
            message: "a condition must give yes or no, but this gives text; compare it with something, e.g. site-url == 'yes'"))
        #expect(try error("count(symptoms)")?.offset == 0)
        #expect(try error("['a']")?.offset == 0)
    }
}
