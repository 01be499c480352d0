/// The pairs of a mapping, found by their text keys. Lookups scan the mapping's own
/// array in place: the mappings of a playbook have a handful of keys, and both a
/// dictionary per mapping and a table of key positions cost more to build than the
/// scans they saved. Decoders look up only keys they allow (checked in debug builds);
/// the loader has already refused a key written twice, so the first match is the only one.
struct KeyedPairs {
    private let pairs: [YAMLPair]
    private let allowed: [String]

    /// The pairs of a mapping whose keys the reader has checked against `allowed`.
    init(of pairs: [YAMLPair] = [], allowed: [String] = []) {
        self.pairs = pairs
        self.allowed = allowed
    }

    /// The pair under `key`, if any.
    subscript(key: String) -> YAMLPair? {
        index(of: key).map { pairs[$0] }
    }

    /// Whether there is a pair under `key`; unlike the subscript, copies nothing.
    func contains(_ key: String) -> Bool {
        index(of: key) != nil
    }

    private func index(of key: String) -> Int? {
        assert(allowed.isEmpty || allowed.contains(key), "'\(key)' is looked up but not allowed")
        return pairs.indices.first { Self.text(of: pairs[$0].key) == key }
    }

    /// The allowed keys present that satisfy `isIncluded`, in source order; usually
    /// none, which costs no allocation.
    func keys(where isIncluded: (String) -> Bool) -> [String] {
        var keys: [String] = []
        for pair in pairs {
            if let key = Self.text(of: pair.key), allowed.contains(key), isIncluded(key) { keys.append(key) }
        }
        return keys
    }

    /// The text of a key that is a plain word: a non-null scalar.
    private static func text(of key: YAMLNode) -> String? {
        guard case .scalar(let scalar) = key.content else { return nil }
        if case .null = scalar.value { return nil }
        return scalar.text
    }
}
