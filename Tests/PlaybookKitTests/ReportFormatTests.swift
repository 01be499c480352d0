import Foundation
import Testing

@testable import PlaybookKit

/// A facet whose report section holds hostile Markdown, as a facet echoing untrusted
/// data might write it.
struct ReportHostileFacet: Facet {
    let id = "evidence"
    let title = "Evidence <b>"
    let actions = ReportEvidenceFacet().actions

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        throw .unknownAction(request.name)
    }

    func reportSection(for records: [ActionRecord]) -> ReportSection? {
        ReportSection(
            title: "Log <script>alert(2)</script>",
            markdown: """
                Found <img src=https://tracker.example/p.png onerror=alert(3)>
                [click](javascript:alert(4)) and [source](https://source.example/a?b=1&c="2")

                - item `<code>`
                """)
    }
}

@Suite("Session reports: formats")
struct ReportFormatTests {
    static let hostileTitle = playbook(
        id: "hostile", facet: "triage",
        """
          start:
            ask: "Is <script>alert(1)</script> here?"
            input: text
            next: log
          log:
            action: evidence.log
            with:
              source: https://example.org
              author: "{{ start }}"
              count: 1
            next: done
          done:
            end: referred
            refer: [digital_helpline]
        """
    ).replacingOccurrences(of: "title: Test", with: "title: \"Help <script>alert(0)</script> | # now\"")

    static func hostileReport(answer: String, redact: Bool = false) throws -> SessionReport {
        let engine = Engine(playbooks: decodePlaybooks([hostileTitle]), registry: FacetRegistry([ReportHostileFacet()]))
        var state = try engine.start("hostile", sessionID: "s-1", at: ReportFixture.clock).state
        state = try engine.apply(.text(answer), to: state, at: ReportFixture.clock).state
        state = try engine.apply(
            .actionCompleted(ActionResult(outputs: ["logged": 1], messages: ["saw \u{1B}[2J\u{1B}]0;pwned\u{07}it"])),
            to: state, at: ReportFixture.clock
        ).state
        state.notes.append(Note(position: state.position, text: "# Heading\n- not a list\n1. not numbered\n<b>x</b> | y", at: ReportFixture.clock))
        return SessionReport(state: state, engine: engine, directory: ReportFixture.directory, redact: redact, generatedAt: ReportFixture.clock)
    }

    @Test("HTML is one self-contained file: charset, lang, inline style, print rules, no scripts or remote assets")
    func htmlShape() throws {
        let html = ReportFixture.report(try ReportFixture.session()).html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"))
        #expect(html.contains("<style>") && html.contains("@media print"))
        #expect(html.contains("a[href]:not(.bare)::after { content: \" (\" attr(href) \")\""))
        #expect(html.contains("break-inside: avoid"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("url("))
        #expect(!html.contains("@import"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test("HTML escapes every piece of content: script in a title, a question, an answer and a facet section is text")
    func htmlEscaping() throws {
        let html = try Self.hostileReport(answer: "<script>steal()</script>").html()
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<title>Session report: Help &lt;script&gt;alert(0)&lt;/script&gt; | # now</title>"))
        #expect(html.contains("Is &lt;script&gt;alert(1)&lt;/script&gt; here?"))
        #expect(html.contains("Answer: &lt;script&gt;steal()&lt;/script&gt;"))
        #expect(html.contains("<h2>Evidence &lt;b&gt;: Log &lt;script&gt;alert(2)&lt;/script&gt;</h2>"))
        #expect(html.contains("Found &lt;img src=https://tracker.example/p.png onerror=alert(3)&gt;"))
        #expect(html.contains("<li>item <code>&lt;code&gt;</code></li>"))
        #expect(!html.contains("javascript:alert(4)\""), "only web addresses become links")
        #expect(html.contains("<a href=\"https://source.example/a?b=1&amp;c=&quot;2&quot;\">source</a>"))
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!hrefs.isEmpty)
        #expect(hrefs.allSatisfy { $0.hasPrefix("https://") }, "links only to web pages: \(hrefs)")
    }

    @Test("Markdown neutralises content that would change its structure")
    func markdownEscaping() throws {
        let markdown = try Self.hostileReport(answer: "# not a heading | [link](https://evil.example) ![img](https://t.example/x.png)").markdown()
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(markdown.hasPrefix("# Session report: Help \\<script>alert(0)\\</script> | # now\n"))
        #expect(lines.filter { $0.hasPrefix("# ") }.count == 1, "one top-level heading")
        #expect(markdown.contains("- Answer: \\# not a heading | \\[link](https://evil.example) !\\[img](https://t.example/x.png)"))
        #expect(markdown.contains("  \\# Heading\\\n  \\- not a list\\\n  1\\. not numbered\\\n  \\<b>x\\</b> | y"))
        #expect(!lines.contains { $0.hasPrefix("- not a list") || $0.hasPrefix("# Heading") })
        #expect(markdown.contains("Found \\<img src=https://tracker.example/p.png"), "raw HTML in a facet section is shown as text")
        #expect(markdown.contains("- item `<code>`"), "code spans are left as written")
    }

    @Test("terminal control characters and escape sequences are gone from every format")
    func controlCharacters() throws {
        let report = try Self.hostileReport(answer: "red\u{1B}[31m alert\u{1B}[0m\u{07}\u{9B}2J done\r")
        #expect(report.path[0].answer == "red alert done")
        #expect(report.actions.first?.messages == ["saw it"])
        for text in [report.markdown(), report.html(), report.json()] {
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
            #expect(!text.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
            #expect(!text.contains("[31m") && !text.contains("pwned") && !text.contains("\\u001b"))
        }
    }

    @Test("JSON parses, has sorted keys, ISO 8601 dates, explicit nulls, and reads back as the same report")
    func json() throws {
        let report = ReportFixture.report(try ReportFixture.session())
        let text = report.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let keys = ["actions", "checklists", "facetSections", "format", "generatedAt", "language", "moreReferrals", "notes", "path", "redacted", "referralNeed", "referrals", "sessionID", "startedAt", "status", "summary", "title", "updatedAt"]
        #expect(object.keys.sorted() == keys)
        let positions = keys.map { text.range(of: "\n  \"\($0)\" : ")!.lowerBound }
        #expect(positions == positions.sorted(), "keys are written in sorted order")
        #expect(object["format"] as? Int == 2)
        #expect(object["startedAt"] as? String == "2027-01-15T08:00:00Z")
        #expect(object["updatedAt"] as? String == "2027-01-15T09:00:00Z")
        let status = try #require(object["status"] as? [String: Any])
        #expect(status["outcome"] as? String == "referred")
        let path = try #require(object["path"] as? [[String: Any]])
        #expect(path[0]["answer"] as? String == "Threats | insults")
        #expect(path[0]["condition"] is NSNull, "absent values are written as null")
        #expect(path[0]["position"] as? [String: String] == ["playbook": "harassment", "step": "start"])
        let items = try #require((object["checklists"] as? [[String: Any]])?.first?["items"] as? [[String: Any]])
        #expect(items.map { $0["state"] as? String } == ["done", "not-applicable", "open"])
        let referral = try #require((object["referrals"] as? [[String: Any]])?.first)
        #expect((referral["contacts"] as? [[String: Any]])?.first?["checked"] as? String == "2026-10-01")
        #expect((referral["contacts"] as? [[String: Any]])?.first?["emergency"] as? Bool == false)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(SessionReport.self, from: Data(text.utf8)) == report)
        #expect(report.json() == text, "the same report gives the same bytes")
    }

    @Test("JSON of an in-progress session has a null outcome; non-finite numbers do not break it")
    func jsonInProgress() throws {
        var state = try ReportFixture.session(finish: false)
        state.actions[0].result.outputs["ratio"] = .number(.infinity)
        let text = ReportFixture.report(state).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect((object["status"] as? [String: Any])?["outcome"] is NSNull)
        #expect(text.contains("\"Infinity\""))
    }
}
