import Foundation

/// Maps over items on every core, keeping the order of the results, for work that is
/// independent per item (reading and checking the files of a library).
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }
}

/// One slot per item, each written once by the worker that computed it.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result) {
        lock.withLock { slots[index] = value }
    }

    var values: [Result] {
        lock.withLock { slots.map { $0! } }
    }
}
