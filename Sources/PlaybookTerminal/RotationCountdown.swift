import PlaybookKit

/// Shows one rotation of a trainer session: which group goes to which table, then the
/// minutes left, one line a minute, driven by a clock so that tests use a fixed one.
public struct RotationCountdown {
    /// The plan.
    public var plan: RotationPlan
    /// The clock the countdown waits on.
    public var clock: any ActionClock
    /// Where the countdown is written.
    public var console: Console
    /// Emphasis, or none.
    public var style: TerminalStyle

    /// Creates a countdown.
    public init(plan: RotationPlan, clock: any ActionClock, console: Console, style: TerminalStyle) {
        self.plan = plan
        self.clock = clock
        self.console = console
        self.style = style
    }

    /// Runs rotation `rotation` (from 0): the seating, then a line per minute until time is up.
    public func run(rotation: Int) {
        console.line(style.bold("Rotation \(rotation + 1) of \(plan.rotations): \(plan.minutes) minutes"))
        for group in 0..<plan.groups {
            console.line("  group \(group + 1) -> \(plan.tables[plan.table(group: group, rotation: rotation)])")
        }
        for left in stride(from: plan.minutes, to: 0, by: -1) {
            console.line("  \(left) minute\(left == 1 ? "" : "s") left")
            clock.sleep(seconds: 60)
        }
        console.line(rotation + 1 < plan.rotations ? "  Time: every group moves to its next table." : "  Time: the last rotation is over.")
    }
}
