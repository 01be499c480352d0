import Foundation
import LegalFacet
import PlaybookKit
import Testing

@Suite struct LegalDeadlineDataTests {
    /// The shipped library folder, `playbooks/` at the package root.
    static let library = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("playbooks")

    private static let valid = """
        rules:
          - id: sample
            title: Sample
            jurisdiction: Somewhere
            period:
              amount: 2
              unit: months
              month-end: last-day-of-month
            from: The decision
            source: https://example.org/law
            checked: 2026-11-01
            note: Confirm with a lawyer; national rules may differ.
        """

    /// The rules in `text`, or the located error decoding it.
    private func decode(_ text: String) -> Result<[DeadlineRule], DeadlineDataError> {
        Result { () throws(DeadlineDataError) in
            guard let root = try? YAMLLoader().load(Array(text.utf8), file: "rules.yaml") else {
                throw DeadlineDataError("test input is not YAML", at: PlaybookKit.SourceLocation(file: "rules.yaml", line: 0, column: 0))
            }
            return try DeadlineRuleFile.decode(root)
        }
    }

    private func expectError(
        _ text: String, line: Int, column: Int, containing fragment: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard case .failure(let error) = decode(text) else {
            Issue.record("expected an error containing '\(fragment)'", sourceLocation: sourceLocation)
            return
        }
        #expect(error.location == PlaybookKit.SourceLocation(file: "rules.yaml", line: line, column: column), sourceLocation: sourceLocation)
        #expect(error.message.contains(fragment), "\(error)", sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix("rules.yaml:\(line):\(column): "), sourceLocation: sourceLocation)
    }

    @Test func theShippedFileLoadsAndEveryRuleIsSourcedAndDated() throws {
        let path = LegalDeadlineDataTests.library.appendingPathComponent(DeadlineRuleFile.relativePath).path
        let rules = try DeadlineRuleFile.load(path: path)
        #expect(rules.map(\.id) == [
            "echr-application", "iachr-petition", "gdpr-breach-notification", "hrc-communication",
            "hrc-communication-after-international-procedure",
        ])
        for rule in rules {
            #expect(rule.source.hasPrefix("https://"), "\(rule.id)")
            #expect(rule.checked <= CalendarDate("2026-11-27")!, "\(rule.id)")
            #expect(rule.note.contains("Confirm with a lawyer; national rules may differ."), "\(rule.id)")
            #expect(rule.location.file == path)
        }
        let echr = try #require(rules.first)
        #expect(echr.period == DeadlinePeriod(amount: 4, unit: .months, monthEnd: .lastDayOfMonth))
        #expect(rules[2].period == DeadlinePeriod(amount: 72, unit: .hours))
    }

    @Test func aValidRuleDecodes() throws {
        let rules = try decode(Self.valid).get()
        #expect(rules.count == 1)
        #expect(rules[0].id == "sample")
        #expect(rules[0].checked == CalendarDate("2026-11-01"))
        #expect(rules[0].location == PlaybookKit.SourceLocation(file: "rules.yaml", line: 2, column: 5))
    }

    @Test func unknownKeysArePointedAtWithASuggestion() {
        expectError(Self.valid.replacingOccurrences(of: "    note:", with: "    notes:"), line: 12, column: 5, containing: "did you mean 'note'")
        expectError("rule:\n  - id: x\n", line: 1, column: 1, containing: "unknown key 'rule'")
    }

    @Test func missingKeysAreReported() {
        expectError(Self.valid.replacingOccurrences(of: "    from: The decision\n", with: ""), line: 2, column: 5, containing: "a rule needs 'from'")
        expectError("{}", line: 1, column: 1, containing: "needs a 'rules:' list")
        expectError("rules: {}", line: 1, column: 8, containing: "'rules' must be a list")
    }

    @Test func periodsAreChecked() {
        expectError(Self.valid.replacingOccurrences(of: "unit: months", with: "unit: month"), line: 7, column: 13, containing: "did you mean 'months'")
        expectError(Self.valid.replacingOccurrences(of: "amount: 2", with: "amount: 0"), line: 6, column: 15, containing: "whole number from 1")
        expectError(Self.valid.replacingOccurrences(of: "amount: 2", with: "amount: two"), line: 6, column: 15, containing: "whole number")
        expectError(
            Self.valid.replacingOccurrences(of: "      month-end: last-day-of-month\n", with: ""), line: 6, column: 7,
            containing: "needs 'month-end'")
        expectError(
            Self.valid.replacingOccurrences(of: "unit: months", with: "unit: days"), line: 8, column: 18,
            containing: "applies only to periods in months or years")
        expectError(
            Self.valid.replacingOccurrences(of: "last-day-of-month", with: "end-of-month"), line: 8, column: 18,
            containing: "is not a month-end rule")
        expectError(
            Self.valid.replacingOccurrences(of: "amount: 2", with: "amount: 36").replacingOccurrences(of: "unit: months", with: "unit: hours")
                .replacingOccurrences(of: "      month-end: last-day-of-month\n", with: ""),
            line: 6, column: 15, containing: "multiple of 24")
    }

    @Test func idsSourcesAndDatesAreChecked() {
        expectError(Self.valid.replacingOccurrences(of: "id: sample", with: "id: Sample Rule"), line: 2, column: 9, containing: "not a valid rule id")
        expectError(
            Self.valid.replacingOccurrences(of: "https://example.org/law", with: "the penal code"), line: 10, column: 13,
            containing: "web address of the official text")
        expectError(Self.valid.replacingOccurrences(of: "2026-11-01", with: "2026-11-31"), line: 11, column: 14, containing: "YYYY-MM-DD")
        expectError(Self.valid.replacingOccurrences(of: "title: Sample", with: "title: ''"), line: 3, column: 12, containing: "'title' is empty")
        expectError(Self.valid.replacingOccurrences(of: "title: Sample", with: "title: [a, b]"), line: 3, column: 12, containing: "must be text")
    }

    @Test func duplicateIdsAreRefused() {
        let twice = Self.valid + "\n" + Self.valid.split(separator: "\n").dropFirst().joined(separator: "\n")
        expectError(twice, line: 13, column: 5, containing: "also used at rules.yaml:2:5")
    }

    @Test func anEmptyFileIsAnError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data().write(to: file)
        #expect(throws: DeadlineDataError("the file is empty; it needs a 'rules:' list", at: PlaybookKit.SourceLocation(file: file.path, line: 1, column: 1))) {
            try DeadlineRuleFile.load(path: file.path)
        }
    }
}
