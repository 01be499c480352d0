import CareFacet
import Foundation
import PlaybookKit
import Testing

/// The care actions as a playbook uses them: answers chosen from options reach the
/// check-in as numbers, and its outputs drive the route.
@Suite struct CarePlaybookTests {
    private static let playbook: String = {
        var text = """
            id: pause-for-you
            title: A pause for you
            facet: care
            summary: A short check-in and a breathing exercise.
            reviewed: 2026-11-27
            steps:

            """
        let items = ["sleep", "eating", "safety", "overwhelm", "support"]
        for (index, item) in items.enumerated() {
            let next = index + 1 < items.count ? items[index + 1] : "check-in"
            text += """
                  \(item):
                    ask: How hard has \(item) been?
                    options:
                      - {label: Fine, value: "0", next: \(next)}
                      - {label: A little hard, value: "1", next: \(next)}
                      - {label: Hard, value: "2", next: \(next)}
                      - {label: Very hard, value: "3", next: \(next)}

                """
        }
        text += """
              check-in:
                action: care.check-in
                with:
                  sleep: "{{ sleep }}"
                  eating: "{{ eating }}"
                  safety: "{{ safety }}"
                  overwhelm: "{{ overwhelm }}"
                  support: "{{ support }}"
                next: by-level
              by-level:
                route:
                  - when: check-in.safety-first
                    next: safety-now
                  - when: check-in.level == 'overloaded'
                    next: find-support
                  - otherwise: breathe
              breathe:
                action: care.breathe
                with:
                  cycles: 2
                  pattern: 4-4-6
                next: done
              done:
                end: resolved
                say: "{{ breathe.cycles-done }} breaths, {{ breathe.seconds }} seconds."
              find-support:
                end: referred
                say: "{{ check-in.suggestion }}"
                refer: [psychosocial]
              safety-now:
                end: escalated
                say: "{{ check-in.suggestion }}"
                refer: [physical_security]

            """
        return text
    }()

    private func run(_ answers: [Int]) throws -> (events: [String], elapsed: TimeInterval) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("care-playbook-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.playbook.utf8).write(to: folder.appendingPathComponent("pause-for-you.yaml"))
        let registry = FacetRegistry([CareFacet()])
        let (library, diagnostics) = Linter(registry: registry, today: CalendarDate("2026-11-27")!).lint([folder.path])
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.location): \($0.message)" })")

        let lines = zip(["sleep", "eating", "safety", "overwhelm", "support"], answers).map { "\($0): '\($1)'" }
        let root = try #require(try YAMLLoader().load(Array(lines.joined(separator: "\n").utf8), file: "answers.yaml"))
        let script = try #require(AnswerScript.decode(root).script)
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let clock = FixedClock(start: start)
        let events = EventLog()
        _ = try SessionDriver.run(
            "pause-for-you", script: script, engine: Engine(playbooks: library.playbooks, registry: registry),
            context: ActionContext(clock: clock, workspace: folder), onEvent: events.record)
        return (events.descriptions, clock.now().timeIntervalSince(start))
    }

    @Test func aSteadyCheckInLeadsToTheBreathingExercise() throws {
        let (events, elapsed) = try run([1, 0, 0, 1, 1])
        #expect(events.last == "finished resolved at pause-for-you#done: 2 breaths, 28 seconds.")
        #expect(elapsed == 28)
    }

    @Test func anOverloadedCheckInRefersToPsychosocialSupport() throws {
        let (events, elapsed) = try run([2, 2, 2, 2, 2])
        #expect(events.last?.hasPrefix("finished referred at pause-for-you#find-support: You are carrying more") == true)
        #expect(elapsed == 0)
    }

    @Test func notBeingSafeOverridesALowScore() throws {
        let (events, _) = try run([0, 0, 3, 0, 0])
        #expect(events.last?.hasPrefix("finished escalated at pause-for-you#safety-now: Your physical safety comes first.") == true)
    }
}
