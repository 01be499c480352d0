/// The pairs of a mapping by their text keys, in source order. Looked up by scanning:
/// the mappings of a playbook have a handful of keys, and hashing every key of every
/// mapping cost more than the whole tree took to build.
struct KeyedPairs: Sequence {
    private var entries: [(key: String, value: YAMLPair)] = []

    /// No pairs.
    init() {}

    /// Adds `pair` under `key`, or replaces the pair already there.
    mutating func set(_ key: String, _ pair: YAMLPair) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = pair
        } else {
            entries.append((key, pair))
        }
    }

    /// The pair under `key`, if any.
    subscript(key: String) -> YAMLPair? {
        entries.first { $0.key == key }?.value
    }

    func makeIterator() -> IndexingIterator<[(key: String, value: YAMLPair)]> {
        entries.makeIterator()
    }
}
