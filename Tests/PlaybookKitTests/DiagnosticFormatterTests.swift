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

    @Test("suggestions find close names only")
    func suggestions() {
        #expect(Suggestion.closest(to: "nxet", in: ["next", "say"]) == "next")
        #expect(Suggestion.closest(to: "options", in: ["next", "say"]) == nil)
        #expect(Suggestion.closest(to: "infrastrucure", in: ["infrastructure", "legal"]) == "infrastructure")
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
