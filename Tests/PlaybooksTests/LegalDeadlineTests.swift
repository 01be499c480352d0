import Foundation
import LegalFacet
import PlaybookKit
import Testing

@Suite struct LegalDeadlineTests {
    /// 2026-11-27T09:00:00Z.
    private static let today = Date(timeIntervalSince1970: TimeInterval(CalendarDate("2026-11-27")!.dayNumber) * 86_400 + 32_400)

    private func deadline(_ eventDate: String, _ rule: String, roots: [URL] = [LegalDeadlineDataTests.library]) throws(ActionError) -> ActionResult {
        let context = ActionContext(
            clock: FixedClock(start: Self.today), workspace: FileManager.default.temporaryDirectory, libraryRoots: roots)
        return try LegalFacet().perform(
            ActionRequest(name: "deadline", parameters: ["event-date": .string(eventDate), "rule": .string(rule)]), context: context)
    }

    private func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test(arguments: [
        ("2026-11-10", "echr-application", "2027-03-10", 103),
        ("2026-10-31", "echr-application", "2027-02-28", 93),
        ("2027-10-31", "echr-application", "2028-02-29", 459),
        ("2026-08-31", "iachr-petition", "2027-02-28", 93),
        ("2026-11-27", "gdpr-breach-notification", "2026-11-30", 3),
        ("2024-02-29", "hrc-communication", "2029-02-28", 824),
        ("2025-06-30", "hrc-communication-after-international-procedure", "2028-06-30", 581),
    ])
    func computesTheLastDayAndDaysLeft(event: String, rule: String, expected: String, daysLeft: Int) throws {
        let result = try deadline(event, rule)
        #expect(result.outputs["deadline"] == .string(expected))
        #expect(result.outputs["days-left"] == .number(Double(daysLeft)))
        #expect(result.outputs["checked"] == .string("2026-11-27"))
        #expect(result.outputs["source"]?.string?.hasPrefix("https://") == true)
        #expect(result.outputs["note"]?.string?.contains("Confirm with a lawyer") == true)
        #expect(result.outputs["rule-title"]?.string?.isEmpty == false)
    }

    @Test func aPassedDeadlineHasNegativeDaysAndSaysSo() throws {
        let result = try deadline("2026-01-15", "echr-application")
        #expect(result.outputs["deadline"] == .string("2026-05-15"))
        #expect(result.outputs["days-left"] == .number(-196))
        #expect(result.messages.first?.contains("passed 196 days ago") == true)
    }

    @Test func theEuropeanCourtRuleCitesProtocol15AndItsStartDate() throws {
        let result = try deadline("2026-11-10", "echr-application")
        let note = try #require(result.outputs["note"]?.string)
        #expect(note.contains("1 February 2022"))
        #expect(result.outputs["rule-title"] == .string("European Court of Human Rights - lodging an individual application"))
    }

    @Test func anUnknownRuleListsTheKnownOnes() {
        let error = #expect(throws: ActionError.self) { try deadline("2026-11-10", "echr-aplication") }
        guard case .invalidParameter("rule", let reason) = error else {
            Issue.record("expected an invalid rule, got \(String(describing: error))")
            return
        }
        #expect(reason.contains("did you mean 'echr-application'"))
        #expect(reason.contains("known rules: echr-application, iachr-petition, gdpr-breach-notification, hrc-communication,"))
    }

    @Test(arguments: ["2026-13-01", "2026-02-29", "10/11/2026", "2026-11-10T10:00", ""])
    func badEventDatesAreRefused(event: String) {
        let error = #expect(throws: ActionError.self) { try deadline(event, "echr-application") }
        guard case .invalidParameter("event-date", _) = error else {
            Issue.record("expected an invalid event-date, got \(String(describing: error))")
            return
        }
    }

    @Test func aMissingDataFileIsAClearError() {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-library-\(UUID().uuidString)")
        let error = #expect(throws: ActionError.self) { try deadline("2026-11-10", "echr-application", roots: [empty]) }
        guard case .failed(let message) = error else {
            Issue.record("expected a failure, got \(String(describing: error))")
            return
        }
        #expect(message.contains("data/legal-deadlines.yaml is missing"))
        #expect(message.contains(empty.path))
    }

    @Test func aBrokenDataFileIsReportedWithItsLocation() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bad-library-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
        let file = root.appendingPathComponent("data/legal-deadlines.yaml")
        try Data("rules:\n  - id: x\n    title: [unclosed\n".utf8).write(to: file)
        let error = #expect(throws: ActionError.self) { try deadline("2026-11-10", "x", roots: [root]) }
        guard case .failed(let message) = error else {
            Issue.record("expected a failure, got \(String(describing: error))")
            return
        }
        #expect(message.contains(file.path + ":"))
        #expect(message.contains("YAML syntax error"))
    }

    @Test func theFirstLibraryRootWithTheFileWins() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("own-library-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
        try Data("""
            rules:
              - id: local-appeal
                title: Local appeal
                jurisdiction: Somewhere
                period: {amount: 10, unit: days}
                from: The judgment
                source: https://example.org/code
                checked: 2026-11-01
                note: Confirm with a lawyer; national rules may differ.
            """.utf8).write(to: root.appendingPathComponent("data/legal-deadlines.yaml"))
        let result = try deadline("2026-11-25", "local-appeal", roots: [root, LegalDeadlineDataTests.library])
        #expect(result.outputs["deadline"] == .string("2026-12-05"))
        #expect(result.outputs["days-left"] == .number(8))
    }

    @Test func monthArithmeticFollowsTheMonthEndRule() {
        let lastDay = DeadlinePeriod(amount: 1, unit: .months, monthEnd: .lastDayOfMonth)
        let nextMonth = DeadlinePeriod(amount: 1, unit: .months, monthEnd: .firstDayOfNextMonth)
        #expect(lastDay.end(from: date("2027-01-31")) == date("2027-02-28"))
        #expect(lastDay.end(from: date("2028-01-31")) == date("2028-02-29"))
        #expect(nextMonth.end(from: date("2027-01-31")) == date("2027-03-01"))
        #expect(nextMonth.end(from: date("2028-01-30")) == date("2028-03-01"))
        #expect(nextMonth.end(from: date("2027-01-28")) == date("2027-02-28"))
        #expect(lastDay.end(from: date("2026-12-15")) == date("2027-01-15"))
        #expect(DeadlinePeriod(amount: 4, unit: .months, monthEnd: .lastDayOfMonth).end(from: date("2026-11-30")) == date("2027-03-30"))
        #expect(DeadlinePeriod(amount: 13, unit: .months, monthEnd: .lastDayOfMonth).end(from: date("2026-03-31")) == date("2027-04-30"))
    }

    @Test func yearArithmeticHandlesTheLeapDay() {
        #expect(DeadlinePeriod(amount: 1, unit: .years, monthEnd: .lastDayOfMonth).end(from: date("2028-02-29")) == date("2029-02-28"))
        #expect(DeadlinePeriod(amount: 1, unit: .years, monthEnd: .firstDayOfNextMonth).end(from: date("2028-02-29")) == date("2029-03-01"))
        #expect(DeadlinePeriod(amount: 4, unit: .years, monthEnd: .lastDayOfMonth).end(from: date("2028-02-29")) == date("2032-02-29"))
    }

    @Test func dayWeekAndHourPeriodsCountWholeDays() {
        #expect(DeadlinePeriod(amount: 30, unit: .days).end(from: date("2026-12-15")) == date("2027-01-14"))
        #expect(DeadlinePeriod(amount: 2, unit: .weeks).end(from: date("2028-02-20")) == date("2028-03-05"))
        #expect(DeadlinePeriod(amount: 72, unit: .hours).end(from: date("2026-12-30")) == date("2027-01-02"))
        #expect(DeadlinePeriod(amount: 1, unit: .days).description == "1 day")
        #expect(DeadlinePeriod(amount: 72, unit: .hours).description == "72 hours")
    }
}
