import Foundation
import PlaybookKit
import PlaybookTerminal
import Testing

@Suite("Rotation countdown on a fixed clock")
struct RotationCountdownTests {
    @Test("one line a minute, the clock advancing by the rotation's length, then the move")
    func countdown() {
        let start = Date(timeIntervalSince1970: 1_772_438_400)
        let clock = FixedClock(start: start)
        let console = BufferConsole(lines: [])
        let plan = RotationPlan(tables: ["helpline (triage)", "hosting (infrastructure)"], rotations: 2, minutes: 3)
        RotationCountdown(plan: plan, clock: clock, console: console, style: TerminalStyle(enabled: false)).run(rotation: 1)
        #expect(console.output == """
            Rotation 2 of 2: 3 minutes
              group 1 -> hosting (infrastructure)
              group 2 -> helpline (triage)
              3 minutes left
              2 minutes left
              1 minute left
              Time: the last rotation is over.

            """)
        #expect(clock.now() == start.addingTimeInterval(180))
    }
}
