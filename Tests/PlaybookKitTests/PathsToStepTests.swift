import Testing

@testable import PlaybookKit

@Suite("playbook explain: every way to a step")
struct PathsToStepTests {
    static let text = playbook(
        id: "main", facet: "care",
        """
          start:
            ask: Which?
            options:
              - label: A
                value: a
                next: middle
              - label: B
                next: check
          check:
            route:
              - when: start == 'B'
                next: middle
              - otherwise: start
          middle:
            ask: Again?
            options:
              - label: Yes
                value: again
                next: start
              - label: No
                value: done
                next: target
          target:
            end: resolved
          island:
            end: monitoring
        """)

    static let main = decodePlaybooks([text])[0]

    @Test("lists each way with its conditions, never going round a cycle")
    func ways() {
        let found = PathsToStep(to: "target", in: Self.main)
        #expect(found.complete)
        let described = found.paths.map { $0.map { "\($0.step): \($0.exit.condition.explanation)" } }
        #expect(described == [
            ["start: chose “A” (a)", "middle: chose “No” (done)"],
            ["start: chose “B”", "check: when start == 'B'", "middle: chose “No” (done)"],
        ])
    }

    @Test("otherwise names the conditions that did not hold")
    func otherwise() {
        let found = PathsToStep(to: "check", in: Self.main)
        #expect(found.paths.count == 1)
        let cyclic = PathsToStep(to: "start", in: Self.main)
        #expect(cyclic.paths == [[]], "the start is reached by the empty way only; cycles back to it are not ways")
        let routing = Self.main.step("check")!.exits.last!
        #expect(routing.condition.explanation == "otherwise (none held: start == 'B')")
    }

    @Test("stops at the limit and says so")
    func limit() {
        let found = PathsToStep(to: "target", in: Self.main, limit: 1)
        #expect(found.paths.count == 1)
        #expect(!found.complete)
        #expect(PathsToStep(to: "target", in: Self.main, limit: 2).complete)
    }

    @Test("a step no way leads to, or that does not exist, has no ways")
    func unreachable() {
        #expect(PathsToStep(to: "island", in: Self.main).paths.isEmpty)
        #expect(PathsToStep(to: "nowhere", in: Self.main).paths.isEmpty)
    }

    @Test("many ways through a wide playbook are cut at the default limit")
    func wide() {
        var steps = ""
        for level in 0..<8 {
            steps += "  s\(level):\n    ask: Q\(level)?\n    options:\n"
            steps += "      - label: A\n        next: \(level == 7 ? "end" : "s\(level + 1)")\n"
            steps += "      - label: B\n        next: \(level == 7 ? "end" : "s\(level + 1)")\n"
        }
        steps += "  end:\n    end: resolved\n"
        let wide = decodePlaybooks([playbook(id: "wide", facet: "care", steps)])[0]
        let found = PathsToStep(to: "end", in: wide)
        #expect(found.paths.count == PathsToStep.defaultLimit)
        #expect(!found.complete)
    }
}
