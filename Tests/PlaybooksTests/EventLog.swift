import Foundation
import PlaybookKit

/// Collects a run's events, which the driver may report from the thread an action runs on.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [DriverEvent] = []

    /// Keeps `event`; given to the driver as its `onEvent`.
    @Sendable func record(_ event: DriverEvent) {
        lock.withLock { events.append(event) }
    }

    /// The events' plain-text forms, leaving out the steps' arrivals.
    var descriptions: [String] {
        lock.withLock { events }.filter { if case .arrived = $0 { return false } else { return true } }.map(\.description)
    }
}
