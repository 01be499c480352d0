import Testing

@testable import PlaybookKit

/// Templates: text with `{{ expression }}` placeholders.
@Suite struct ExpressionTemplateTests {
    private let answers: [[String]: Value] = [
        ["site-url"]: "https://example.org",
        ["score"]: 7,
        ["ratio"]: 0.25,
        ["symptoms"]: ["ddos", "defacement"],
        ["site-down"]: true,
    ]

    private func render(_ source: String) throws -> Value {
        try Template.parse(source).render { answers[$0] }
    }

    /// The error parsing `source` throws.
    private func error(_ source: String) -> ExpressionError? {
        do {
            _ = try Template.parse(source)
            return nil
        } catch {
            return error
        }
    }

    @Test func plainText() throws {
        let template = try Template.parse("Site is down")
        #expect(template.parts == [.text("Site is down")])
        #expect(template.isPlainText)
        #expect(template.references.isEmpty)
        #expect(try template.render { _ in nil } == "Site is down")
        #expect(try Template.parse("").parts.isEmpty)
        #expect(try render("") == "")
    }

    @Test func partsAndOffsetsCountFromTheTemplateStart() throws {
        let template = try Template.parse("Site {{ site-url }} is down")
        #expect(
            template.parts == [
                .text("Site "),
                .expression(.reference(ExpressionReference(path: ["site-url"], offset: 8)), offset: 8),
                .text(" is down"),
            ])
        #expect(!template.isPlainText)
        #expect(template.references == [ExpressionReference(path: ["site-url"], offset: 8)])
    }

    @Test func aSinglePlaceholderKeepsTheValueType() throws {
        #expect(try render("{{ symptoms }}") == ["ddos", "defacement"])
        #expect(try render("{{score}}") == 7)
        #expect(try render("{{ site-down }}") == true)
        #expect(try render("{{ missing }}") == .null)
        #expect(try render("{{ score > 5 }}") == true)
    }

    @Test func textAroundPlaceholdersInterpolatesDisplayText() throws {
        #expect(try render("Site {{ site-url }} is down") == "Site https://example.org is down")
        #expect(try render("score {{ score }}, ratio {{ ratio }}") == "score 7, ratio 0.25")
        #expect(try render("seen: {{ symptoms }}") == "seen: ddos, defacement")
        #expect(try render(" {{ score }}") == " 7")
        #expect(try render("{{ score }}{{ score }}") == "77")
        #expect(try render("[{{ missing }}]") == "[]")
        #expect(try render("{{ 'ddos' in symptoms }}!") == "yes!")
    }

    @Test func placeholdersMayHoldBracesInStrings() throws {
        #expect(try render("a{{ '}}' }}b") == "a}}b")
    }

    @Test func backslashBeforeBracesIsALiteralPlaceholderOpening() throws {
        let template = try Template.parse(#"Write \{{ name }} to get {{ score }}"#)
        #expect(template.parts.first == .text("Write {{ name }} to get "))
        #expect(template.references == [ExpressionReference(path: ["score"], offset: 28)])
        #expect(try template.render { answers[$0] } == "Write {{ name }} to get 7")
        #expect(try render(#"a\b \{ }}"#) == #"a\b \{ }}"#)
    }

    @Test func unclosedPlaceholderPointsAtItsOpening() {
        #expect(error("Site {{ site-url is down") == ExpressionError(
            offset: 5, message: "this '{{' is never closed; add '}}' after the expression, e.g. {{ site-url }}"))
        #expect(error("{{")?.offset == 0)
        #expect(error("ok {{ score == ")?.offset == 3)
        #expect(error("{{ a b c")?.offset == 0)
        #expect(error("{{ a b c }}")?.offset == 5)
    }

    @Test func errorsInsidePlaceholdersAreLocatedInTheTemplate() {
        #expect(error("Hi {{ }}") == ExpressionError(
            offset: 6, message: "this placeholder is empty; put a step id between '{{' and '}}', e.g. {{ site-url }}"))
        #expect(error("Hi {{ a b }}")?.offset == 8)
        #expect(error("Hi {{ a b }}")?.message == "expected '}}' to end the placeholder, not 'b'")
        #expect(error("Hi {{ 'open }}")?.offset == 6)
        #expect(error("Hi {{ upper(a) }}")?.offset == 6)
        #expect(error("Hi {{ a } }}")?.offset == 8)
        #expect(error("é {{ a == }}")?.offset == 10)
    }

    @Test func evaluationErrorsAreLocatedInTheTemplate() throws {
        let template = try Template.parse("Score: {{ score < 'x' }}")
        #expect(throws: ExpressionError(
            offset: 16, message: "'<' compares two numbers or two texts, not a number and text")) {
            try template.render { answers[$0] }
        }
    }

    @Test func placeholdersRespectTheDepthLimit() {
        let deep = "{{ " + String(repeating: "(", count: 10_000) + " }}"
        #expect(error(deep)?.offset == 3 + ExpressionParser.maxDepth)
    }

    @Test func templatesLongerThanTheLimitFailAtTheLimit() {
        let limit = Template.maxSourceLength
        #expect(error(String(repeating: "x", count: limit)) == nil)
        #expect(error(String(repeating: "x", count: 100_000)) == ExpressionError(
            offset: limit, message: "the text is longer than 65536 characters; shorten it"))
        #expect(error("{{ '" + String(repeating: "x", count: 100_000))?.offset == limit)
        #expect(error("{{ a " + String(repeating: "b ", count: 50_000))?.offset == limit)
    }
}
