import Foundation
import Testing

/// A 325 KB playbook with 65,000 placeholders, which `list` once took over a minute to
/// read: every command that reads or renders it finishes.
@Suite struct LargeTemplateTests {
    /// Five texts of 13,000 `{{a}}` each, naming the answer to the first step.
    static var playbook: String {
        let says = (0..<5).map { "  s\($0):\n    say: \"\(String(repeating: "{{a}}", count: 13_000))\"\n    next: \($0 == 4 ? "done" : "s\($0 + 1)")\n" }
        return """
            id: p
            title: Many placeholders
            facet: care
            summary: Five texts of 13,000 placeholders.
            reviewed: 2026-11-01
            steps:
              a:
                ask: Pick one.
                options:
                  - label: Yes
                    value: y
                    next: s0
            \(says.joined())  done:
                end: resolved

            """
    }

    @Test("list, show, lint and run finish on 65,000 placeholders", arguments: [
        ["list"], ["show", "p"], ["lint"], ["run", "p", "--answers", "ANSWERS"],
    ])
    func commandsFinish(command: [String]) throws {
        let library = try PlaybookBinary.folder(["p.yaml": Self.playbook])
        let answers = try PlaybookBinary.folder(["answers.yaml": "a: y\n"])
        let data = try PlaybookBinary.folder([:])
        let arguments = command.map { $0 == "ANSWERS" ? answers + "/answers.yaml" : $0 } + ["--library", library]
        let started = ContinuousClock.now
        let result = try PlaybookBinary.run(arguments, environment: ["XDG_DATA_HOME": data])
        let elapsed = ContinuousClock.now - started
        print("playbook \(command[0]) on 65,000 placeholders: \(elapsed)")
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        #expect(elapsed < .seconds(10), "no hang")
        if command[0] == "run" {
            #expect(result.stdout.contains(String(repeating: "y", count: 100)), "the placeholders are filled in with the answer")
        }
    }
}
