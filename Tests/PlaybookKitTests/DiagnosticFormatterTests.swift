import Foundation
import Testing

@testable import PlaybookKit

@Suite("Diagnostics as text and JSON")
struct DiagnosticFormatterTests {
    let diagnostic = Diagnostic(.error, "unknown-step", "there is no step 'x'", at: SourceLocation(file: "p.yaml", line: 2, column: 11))

    @Test("text puts a caret under the column, tabs kept aligned")
    func text() {
        let output = DiagnosticFormatter.text([diagnostic]) { _, line in line == 2 ? "\tnext: x" : nil }
        #expect(output == "p.yaml:2:11: error: there is no step 'x' [unknown-step]\n   next: x\n            ^\n")
    }

    @Test("a very long source line is shown as a window around the column")
    func longLine() {
        let long = String(repeating: "a", count: 5_000) + "X" + String(repeating: "b", count: 5_000)
        let at = Diagnostic(.error, "yaml-syntax", "bad", at: SourceLocation(file: "p.yaml", line: 1, column: 5_001))
        let lines = DiagnosticFormatter.text([at]) { _, _ in long }.split(separator: "\n").map(String.init)
        #expect(lines[1].count <= DiagnosticFormatter.maxSourceWidth + 4)
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let marked = lines[1].firstIndex(of: "X").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        #expect(caret != nil && caret == marked, "the caret stays under the column")
    }

    @Test("JSON carries file, line, column, severity, rule and message")
    func json() throws {
        let data = Data(DiagnosticFormatter.json([diagnostic]).utf8)
        let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries[0]["file"] as? String == "p.yaml")
        #expect(entries[0]["line"] as? Int == 2)
        #expect(entries[0]["column"] as? Int == 11)
        #expect(entries[0]["severity"] as? String == "error")
        #expect(entries[0]["rule"] as? String == "unknown-step")
    }

    @Test("at most 100 findings per file, then how many more; JSON says it in leftOut")
    func boundedPerFile() throws {
        let many = (1...150).map { Diagnostic(.error, "unknown-key", "unknown key 'k\($0)'", at: SourceLocation(file: "a.yaml", line: $0, column: 1)) }
        let other = Diagnostic(.warning, "stale-check", "old", at: SourceLocation(file: "b.yaml", line: 1, column: 1))
        let lines = DiagnosticFormatter.text(many + [other]) { _, _ in nil }.split(separator: "\n").map(String.init)
        #expect(lines.count == 102)
        #expect(lines[99].hasPrefix("a.yaml:100:1: error: unknown key 'k100'"))
        #expect(lines[100] == "a.yaml: 50 more findings in this file left out; fix these first")
        #expect(lines[101].hasPrefix("b.yaml:1:1: warning: old"))
        let data = Data(DiagnosticFormatter.json(many + [other]).utf8)
        let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(entries.count == 101)
        #expect(entries[99]["leftOut"] as? Int == 50)
        #expect(entries.enumerated().allSatisfy { $0.offset == 99 || $0.element["leftOut"] == nil })
    }

    @Test("a message quotes at most 120 characters of a key, with an ellipsis")
    func quotedKeyIsShort() {
        let key = String(repeating: "k", count: 1_000_000)
        // An explicit key: libyaml refuses implicit keys over 1,024 characters.
        let diagnostics = LintHarness.lint("? \(key)\n: 1\n" + playbook("  start:\n    end: resolved\n"))
        let message = diagnostics.first { $0.rule == "unknown-key" }?.message ?? ""
        #expect(message.hasPrefix("unknown key '\(String(repeating: "k", count: 120))…' in"), "\(message.prefix(200))")
        #expect(message.count < 300)
        #expect(Diagnostic.quote("short") == "'short'")
    }

    @Test("messages, paths and excerpts cannot carry escape sequences, bidi controls or line breaks")
    func sanitised() throws {
        let hostile = Diagnostic(.error, "unknown-key", "unknown key 'a\u{1B}]0;owned\u{07}\r\nfake.yaml:1:1: error: b\u{202E}'", at: SourceLocation(file: "p\u{9B}2J.yaml", line: 1, column: 3))
        let text = DiagnosticFormatter.text([hostile]) { _, _ in "a\u{1B}[2J\u{202E}b" }
        let json = DiagnosticFormatter.json([hostile])
        for output in [text, json] {
            #expect(!output.unicodeScalars.contains { TextSanitiser.isControl($0) || $0 == "\r" })
        }
        #expect(text.split(separator: "\n").count == 3, "one finding, its excerpt and caret: \(text)")
        #expect(text.contains("  a?[2J?b\n"), "controls in the excerpt show as '?', one column each")
    }

    @Test("suggestions find close names only")
    func suggestions() {
        #expect(Suggestion.closest(to: "nxet", in: ["next", "say"]) == "next")
        #expect(Suggestion.closest(to: "options", in: ["next", "say"]) == nil)
        #expect(Suggestion.closest(to: "infrastrucure", in: ["infrastructure", "legal"]) == "infrastructure")
        #expect(Suggestion.closest(to: "stpes", in: ["steps", "start", "say"]) == "steps", "a swap is one edit")
        #expect(Suggestion.closest(to: "reviwed", in: ["reviewed", "summary"]) == "reviewed")
        #expect(Suggestion.closest(to: "summry", in: ["summary", "sum"]) == "summary", "the closest wins")
        #expect(Suggestion.closest(to: "abcdefghi", in: ["abcxyzghi"]) == "abcxyzghi", "three edits of nine letters are within the limit")
        #expect(Suggestion.closest(to: "abcdefghijkl", in: ["abcdwxyzijkl"]) == nil, "four edits are too many")
        #expect(Suggestion.closest(to: String(repeating: "k", count: 100_000), in: ["key"]) == nil)
        #expect(Suggestion.closest(to: "x", in: [String]()) == nil)
    }

    @Test("calendar dates refuse impossible days and count days")
    func dates() {
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2026-1-01") == nil)
        #expect(CalendarDate("2025-11-27")!.daysUntil(CalendarDate("2026-11-27")!) == 365)
        #expect(CalendarDate("1970-01-01")!.dayNumber == 0)
    }
}
