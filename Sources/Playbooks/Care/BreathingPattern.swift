/// The seconds of one breath: in, hold, out, and an optional rest before the next.
/// Written `4-2-6` or `4-4-4-4`; a longer breath out than in tends to calm, so the
/// default is 4-2-6.
public struct BreathingPattern: Hashable, Sendable, CustomStringConvertible {
    /// The default: in 4, hold 2, out 6.
    public static let standard = BreathingPattern(inhale: 4, hold: 2, exhale: 6, rest: 0)
    /// Bounds on breathing in and out, in seconds.
    public static let breathRange = 1...10
    /// Bounds on holding and resting, in seconds.
    public static let pauseRange = 0...10

    /// Seconds breathing in.
    public var inhale: Int
    /// Seconds holding the breath.
    public var hold: Int
    /// Seconds breathing out.
    public var exhale: Int
    /// Seconds resting before the next breath.
    public var rest: Int

    /// Creates a pattern.
    public init(inhale: Int, hold: Int, exhale: Int, rest: Int = 0) {
        self.inhale = inhale
        self.hold = hold
        self.exhale = exhale
        self.rest = rest
    }

    /// Parses `in-hold-out` or `in-hold-out-rest`; nil when malformed or out of bounds.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3 || parts.count == 4,
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let seconds = parts.compactMap { Int($0) }
        let pattern = BreathingPattern(inhale: seconds[0], hold: seconds[1], exhale: seconds[2], rest: parts.count == 4 ? seconds[3] : 0)
        guard BreathingPattern.breathRange.contains(pattern.inhale), BreathingPattern.breathRange.contains(pattern.exhale),
            BreathingPattern.pauseRange.contains(pattern.hold), BreathingPattern.pauseRange.contains(pattern.rest)
        else { return nil }
        self = pattern
    }

    /// Seconds per breath.
    public var seconds: Int { inhale + hold + exhale + rest }

    /// The phases with the key of their spoken cue, skipping those of 0 seconds.
    var phases: [(cue: String, seconds: Int)] {
        [("breathe.in", inhale), ("breathe.hold", hold), ("breathe.out", exhale), ("breathe.rest", rest)].filter { $0.seconds > 0 }
    }

    /// `4-2-6`, or `4-4-4-4` when there is a rest.
    public var description: String {
        ([inhale, hold, exhale] + (rest > 0 ? [rest] : [])).map(String.init).joined(separator: "-")
    }
}
