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
    /// Whether this collection is a mapping key or inside one: then its children come
    /// with their identities, from which it builds its own.
    let isKeyPart: Bool
    private var items: [YAMLNode] = []
    private var pairs: [YAMLPair] = []
    private var pendingKey: YAMLNode?
    private var keyIndex: [KeyIdentity: Int]?
    private var itemIdentities: [KeyIdentity] = []
    private var memberIdentities: [KeyIdentity: KeyIdentity] = [:]
    private var pendingKeyIdentity: KeyIdentity?
    /// Nodes in the subtree, this one included and aliases counted as expanded.
    private(set) var nodeCount = 1
    /// Levels of collections in the subtree, this one included.
    private(set) var height = 1

    init(mapping isMapping: Bool, _ properties: YAMLEvent.Properties, isKeyPart: Bool) {
        self.isMapping = isMapping
        self.isKeyPart = isKeyPart
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

    /// The finished node's identity, when it is a key or part of one.
    var identity: KeyIdentity? {
        guard isKeyPart else { return nil }
        return isMapping ? .mapping(memberIdentities) : .sequence(itemIdentities)
    }

    /// Whether the next child is a mapping key.
    var expectsKey: Bool { isMapping && pendingKey == nil }

    /// The first item of a sequence: the root, for the collection that receives it.
    var firstItem: YAMLNode? { items.first }

    /// Adds the next item, or the next key or value; a key equal to an earlier one is an
    /// error. `identity` is the child's, given when this collection is a key part or the
    /// child is a key that is not a scalar.
    mutating func append(
        _ child: consuming YAMLNode, nodeCount childCount: Int, height childHeight: Int, identity: KeyIdentity?
    ) throws(YAMLError) {
        nodeCount += childCount
        height = max(height, childHeight + 1)
        guard isMapping else {
            if items.isEmpty { items.reserveCapacity(Self.initialCapacity) }
            if isKeyPart { itemIdentities.append(identity!) }
            items.append(child)
            return
        }
        if let key = pendingKey.take() {
            if pairs.isEmpty { pairs.reserveCapacity(Self.initialCapacity) }
            if isKeyPart { memberIdentities[pendingKeyIdentity.take()!] = identity! }
            pairs.append(YAMLPair(key: key, value: child))
            return
        }
        if let first = earlierKey(equalTo: child, identity: identity) {
            throw .duplicateKey(key: KeyIdentity.describe(child), at: child.location, first: first.location)
        }
        pendingKey = child
        pendingKeyIdentity = identity
    }

    /// The earlier key equal to `key`, if any; records `key` for the keys to come. Small
    /// mappings of scalar keys are scanned; a larger mapping, or one with a key that is a
    /// list or mapping, is indexed, so every earlier key in a scan is a scalar.
    private mutating func earlierKey(equalTo key: YAMLNode, identity: KeyIdentity?) -> YAMLNode? {
        if keyIndex == nil {
            if pairs.count < Self.scanLimit, let scalar = key.scalar {
                return pairs.first { $0.key.scalar.map { KeyIdentity.same($0, scalar) } ?? false }?.key
            }
            var index = [KeyIdentity: Int](minimumCapacity: 4 * Self.scanLimit)
            for (position, pair) in pairs.enumerated() {
                index[KeyIdentity(pair.key)] = position
            }
            keyIndex = index
        }
        // A duplicate stops the load, so overwriting its entry here does no harm.
        guard let earlier = keyIndex?.updateValue(pairs.count, forKey: identity ?? KeyIdentity(key)) else { return nil }
        return pairs[earlier].key
    }
}
