/// A sequence or mapping whose end event has not come yet: its children so far, and
/// the counts the loader's limits need.
struct OpenCollection {
    /// Mappings up to this many keys find duplicates by scanning; larger ones by hashing.
    private static let scanLimit = 16

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
            properties.tag == "!" ? (isMapping ? ScalarResolver.mappingTag : ScalarResolver.sequenceTag) : properties.tag
    }

    /// The finished node.
    var node: YAMLNode {
        YAMLNode(isMapping ? .mapping(pairs) : .sequence(items), at: location, tag: tag)
    }

    /// Adds the next item, or the next key or value; a key equal to an earlier one is an error.
    mutating func append(_ child: YAMLNode, nodeCount childCount: Int, height childHeight: Int) throws(YAMLError) {
        nodeCount += childCount
        height = max(height, childHeight + 1)
        guard isMapping else {
            items.append(child)
            return
        }
        if let key = pendingKey {
            pairs.append(YAMLPair(key: key, value: child))
            pendingKey = nil
            return
        }
        if let first = earlierKey(equalTo: child) {
            throw .duplicateKey(key: KeyIdentity.describe(child), at: child.location, first: first.location)
        }
        pendingKey = child
    }

    /// The earlier key equal to `key`, if any; records `key` for the keys to come.
    private mutating func earlierKey(equalTo key: YAMLNode) -> YAMLNode? {
        let identity = KeyIdentity(key)
        if keyIndex == nil {
            if pairs.count < Self.scanLimit {
                return pairs.first { KeyIdentity($0.key) == identity }?.key
            }
            keyIndex = Dictionary(
                pairs.enumerated().map { (KeyIdentity($1.key), $0) }, uniquingKeysWith: { first, _ in first })
        }
        if let index = keyIndex?[identity] { return pairs[index].key }
        keyIndex?[identity] = pairs.count
        return nil
    }
}
