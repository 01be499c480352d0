import Foundation
import LegalFacet
import PlaybookKit
import Testing

/// The legal actions as a playbook uses them: linted against their descriptors, then run
/// through the engine with typed answers.
@Suite struct LegalPlaybookTests {
    private static let playbook = """
        id: harassment-record
        title: Keep a record of harassment
        facet: legal
        summary: Logs an incident and checks the Strasbourg deadline.
        reviewed: 2026-11-27
        steps:
          incident-date:
            ask: When did it happen?
            input: date
            next: platform
          platform:
            ask: On which platform?
            input: text
            next: what-happened
          what-happened:
            ask: What happened?
            input: text
            next: log-incident
          log-incident:
            action: legal.incident-log
            with:
              when: "{{ incident-date }}"
              platform: "{{ platform }}"
              where: online
              description: "{{ what-happened }}"
              evidence: [screenshot.png]
            next: final-decision
          final-decision:
            ask: On what day were you notified of the final decision?
            input: date
            next: strasbourg
          strasbourg:
            action: legal.deadline
            with:
              event-date: "{{ final-decision }}"
              rule: echr-application
            next: by-days-left
          by-days-left:
            route:
              - when: strasbourg.days-left < 0
                next: passed
              - otherwise: in-time
          passed:
            end: referred
            say: The deadline was {{ strasbourg.deadline }}.
            refer: [legal]
          in-time:
            end: resolved
            say: Last day {{ strasbourg.deadline }}, {{ strasbourg.days-left }} days left; incident {{ log-incident.entries }} is saved.
        """

    @Test func lintsCleanAndRunsToTheDeadline() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legal-playbook-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.playbook.utf8).write(to: folder.appendingPathComponent("harassment-record.yaml"))

        let registry = FacetRegistry([LegalFacet()])
        let (library, diagnostics) = Linter(registry: registry, today: CalendarDate("2026-11-27")!).lint([folder.path])
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.location): \($0.message)" })")

        let answers = """
            incident-date: 2026-11-20
            platform: Telegram
            what-happened: 'A channel posted my photo with a threat; they wrote "=you are next"'
            final-decision: 2026-11-10
            """
        let root = try #require(try YAMLLoader().load(Array(answers.utf8), file: "answers.yaml"))
        let script = try #require(AnswerScript.decode(root).script)
        let clock = FixedClock(start: Date(timeIntervalSince1970: TimeInterval(CalendarDate("2026-11-27")!.dayNumber) * 86_400))
        let workspace = folder.appendingPathComponent("workspace")
        let context = ActionContext(clock: clock, workspace: workspace, libraryRoots: [LegalDeadlineDataTests.library])
        let events = EventLog()
        let state = try SessionDriver.run(
            "harassment-record", script: script, engine: Engine(playbooks: library.playbooks, registry: registry), context: context,
            onEvent: events.record)

        #expect(events.descriptions.last == "finished resolved at harassment-record#in-time: Last day 2027-03-10, 103 days left; incident 1 is saved.")
        #expect(!FileManager.default.fileExists(atPath: workspace.path), "the log is kept in the session, not beside it")
        let log = try JSONDecoder().decode(IncidentLog.self, from: try #require(state.files["incident-log.json"]))
        #expect(log.entries.map(\.description) == [#"A channel posted my photo with a threat; they wrote "=you are next""#])
        #expect(log.entries.first?.evidence == ["screenshot.png"])
        #expect(log.entries.first?.location == "online")
    }
}
