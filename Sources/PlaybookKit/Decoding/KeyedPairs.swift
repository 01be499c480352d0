/// The pairs of a mapping by their text keys, in source order. Looked up by scanning:
/// the mappings of a playbook have a handful of keys, and hashing every key of every
/// mapping cost more than the whole tree took to build. It keeps the mapping's own
/// array and positions in it, so no pair is copied until it is asked for.
struct KeyedPairs {
    private let pairs: [YAMLPair]
    private var positions: [(key: String, index: Int)] = []

    /// No pairs yet, of the mapping whose pairs are `pairs`.
    init(of pairs: [YAMLPair] = []) {
        self.pairs = pairs
    }

    /// Takes the pair at `index` of the mapping under `key`, in place of any before.
    mutating func set(_ key: String, at index: Int) {
        if let existing = positions.firstIndex(where: { $0.key == key }) {
            positions[existing].index = index
        } else {
            positions.append((key, index))
        }
    }

    /// The pair under `key`, if any.
    subscript(key: String) -> YAMLPair? {
        positions.first { $0.key == key }.map { pairs[$0.index] }
    }

    /// The keys, in source order.
    var keys: [String] {
        positions.map(\.key)
    }
}
