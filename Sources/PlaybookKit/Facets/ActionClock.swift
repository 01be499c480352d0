import Foundation

/// Time as actions see it: injected, so that tests of timed actions (a breathing
/// exercise, a deadline from "today") use a fake clock and never sleep.
public protocol ActionClock: Sendable {
    /// The current instant.
    func now() -> Date
    /// Waits `seconds`; a fake clock only advances its time.
    func sleep(seconds: Double)
}

/// The real clock.
public struct SystemClock: ActionClock {
    /// Creates the real clock.
    public init() {}

    public func now() -> Date { Date() }

    public func sleep(seconds: Double) {
        guard seconds > 0 else { return }
        Thread.sleep(forTimeInterval: seconds)
    }
}

/// A clock that starts at a fixed instant and advances only when slept on; used by
/// tests and by the trainer demo, whose transcript must be the same on every run.
public final class FixedClock: ActionClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    /// Creates a clock standing at `start`.
    public init(start: Date) {
        current = start
    }

    public func now() -> Date {
        lock.withLock { current }
    }

    public func sleep(seconds: Double) {
        lock.withLock { current = current.addingTimeInterval(max(0, seconds)) }
    }
}
