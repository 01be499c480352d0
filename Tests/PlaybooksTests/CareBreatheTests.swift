import CareFacet
import Foundation
import PlaybookKit
import Testing

@Suite struct CareBreatheTests {
    /// Collects the cues an action shows, in order.
    private final class Cues: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []

        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    private static let start = Date(timeIntervalSince1970: 1_795_000_000)

    private let clock = FixedClock(start: start)
    private let cues = Cues()

    private func breathe(_ parameters: [String: Value]) throws(ActionError) -> ActionResult {
        let cues = self.cues
        let context = ActionContext(clock: clock, workspace: FileManager.default.temporaryDirectory, emit: { cues.append($0) })
        return try CareFacet().perform(ActionRequest(name: "breathe", parameters: parameters), context: context)
    }

    private var elapsed: TimeInterval { clock.now().timeIntervalSince(Self.start) }

    @Test func theDefaultIsFourBreathsOfFourTwoSix() throws {
        let result = try breathe([:])
        #expect(result.outputs["cycles-done"] == .number(4))
        #expect(result.outputs["seconds"] == .number(48))
        #expect(elapsed == 48)
        let lines = cues.all
        #expect(lines.first?.hasPrefix("Let's breathe together: 4 slow breaths (4-2-6).") == true)
        #expect(lines.last == "Well done. Notice how your body feels now.")
        #expect(Array(lines[1...13]) == [
            "Breath 1 of 4", "Breathe in… 4", "3", "2", "1", "Hold… 2", "1", "Breathe out… 6", "5", "4", "3", "2", "1",
        ])
        #expect(lines.filter { $0 == "Breathe in… 4" }.count == 4)
        #expect(lines.contains("Breath 4 of 4"))
    }

    @Test func aPatternWithARestAddsItsCue() throws {
        let result = try breathe(["cycles": 2, "pattern": "4-4-4-4"])
        #expect(result.outputs["seconds"] == .number(32))
        #expect(elapsed == 32)
        #expect(cues.all.filter { $0 == "Rest… 4" }.count == 2)
    }

    @Test func aZeroHoldIsSkipped() throws {
        let result = try breathe(["cycles": 1, "pattern": " 3-0-5 "])
        #expect(result.outputs["seconds"] == .number(8))
        #expect(elapsed == 8)
        #expect(!cues.all.contains { $0.hasPrefix("Hold") })
        #expect(cues.all.contains("Breathe out… 5"))
    }

    @Test func theLongestExerciseIsTwentyBreaths() throws {
        let result = try breathe(["cycles": .number(20), "pattern": .null])
        #expect(result.outputs["cycles-done"] == .number(20))
        #expect(elapsed == 240)
    }

    @Test(arguments: [Value.number(0), .number(21), .number(2.5), .string("many")])
    func cyclesOutOfBoundsAreRefusedBeforeAnythingRuns(cycles: Value) {
        let error = #expect(throws: ActionError.self) { try breathe(["cycles": cycles]) }
        guard case .invalidParameter("cycles", _) = error else {
            Issue.record("expected an invalid 'cycles', got \(String(describing: error))")
            return
        }
        #expect(elapsed == 0)
        #expect(cues.all.isEmpty)
    }

    @Test(arguments: ["4-4", "4-4-4-4-4", "abc", "0-2-6", "4-2-0", "4-2-11", "4-11-6", "4--6", "4-2-6-", "-4-2-6", "4.5-2-6", "٤-٢-٦"])
    func malformedPatternsAreRefused(pattern: String) {
        let error = #expect(throws: ActionError.self) { try breathe(["pattern": .string(pattern)]) }
        guard case .invalidParameter("pattern", _) = error else {
            Issue.record("expected an invalid 'pattern', got \(String(describing: error))")
            return
        }
        #expect(elapsed == 0)
        #expect(cues.all.isEmpty)
    }

    @Test func patternsParseAndPrintBack() {
        #expect(BreathingPattern("4-7-8") == BreathingPattern(inhale: 4, hold: 7, exhale: 8))
        #expect(BreathingPattern("4-4-4-4")?.description == "4-4-4-4")
        #expect(BreathingPattern("4-2-6-0")?.description == "4-2-6")
        #expect(BreathingPattern.standard.seconds == 12)
    }
}
