/// A sequence or mapping whose end event has not come yet: its children so far, and
/// the counts the loader's limits need.
struct OpenCollection {
    /// Mappings up to this many keys find duplicates by scanning; larger ones by hashing.
    private static let scanLimit = 8
    /// Room for a pair like `say` and `next` at once instead of growing from one; more
    /// would cost memory in the many small mappings of a playbook.
    private static let initialCapacity = 2

    private let isMapping: Bool
    private let location: SourceLocation
    private let tag: String?
    let anchor: String?
    private var items: [YAMLNode] = []
    private var pairs: [YAMLPair] = []
    private var pendingKey: YAMLNode?
    private var keyIndex: [KeyIdentity: Int]?
    /// Nodes in the subtree, this one included and aliases counted as expanded.
    private(set) var nodeCount = 1
    /// Levels of collections in the subtree, this one included.
    private(set) var height = 1

    init(mapping isMapping: Bool, _ properties: YAMLEvent.Properties) {
        self.isMapping = isMapping
        location = properties.location
        anchor = properties.anchor
        // The non-specific tag `!` on a collection means a plain sequence or mapping.
        tag =
            properties.tag == "!"
            ? (isMapping ? ScalarResolver.mappingTag : ScalarResolver.sequenceTag) : properties.tag
    }

    /// The finished node.
    var node: YAMLNode {
        YAMLNode(isMapping ? .mapping(pairs) : .sequence(items), at: location, tag: tag)
    }

    /// The first item of a sequence: the root, for the collection that receives it.
    var firstItem: YAMLNode? { items.first }

    /// Adds the next item, or the next key or value; a key equal to an earlier one is an error.
    mutating func append(
        _ child: consuming YAMLNode, nodeCount childCount: Int, height childHeight: Int
    ) throws(YAMLError) {
        nodeCount += childCount
        height = max(height, childHeight + 1)
        guard isMapping else {
            if items.isEmpty { items.reserveCapacity(Self.initialCapacity) }
            items.append(child)
            return
        }
        if let key = pendingKey.take() {
            if pairs.isEmpty { pairs.reserveCapacity(Self.initialCapacity) }
            pairs.append(YAMLPair(key: key, value: child))
            return
        }
        if let first = earlierKey(equalTo: child) {
            throw .duplicateKey(key: KeyIdentity.describe(child), at: child.location, first: first.location)
        }
        pendingKey = child
    }

    /// The earlier key equal to `key`, if any; records `key` for the keys to come.
    private mutating func earlierKey(equalTo key: YAMLNode) -> YAMLNode? {
        if keyIndex == nil {
            if pairs.count < Self.scanLimit {
                return pairs.first { KeyIdentity.same($0.key, key) }?.key
            }
            var index = [KeyIdentity: Int](minimumCapacity: 4 * Self.scanLimit)
            for (position, pair) in pairs.enumerated() {
                index[KeyIdentity(pair.key)] = position
            }
            keyIndex = index
        }
        // A duplicate stops the load, so overwriting its entry here does no harm.
        guard let earlier = keyIndex?.updateValue(pairs.count, forKey: KeyIdentity(key)) else { return nil }
        return pairs[earlier].key
    }
}
