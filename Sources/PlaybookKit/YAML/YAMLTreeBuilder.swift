/// Builds one document's node tree from reader events, enforcing the depth and alias
/// limits as it goes, so that a hostile file fails at the first node past a limit.
struct YAMLTreeBuilder {
    /// An anchored node with the counts an alias to it adds to the tree.
    private struct Anchored {
        var node: YAMLNode
        var nodeCount: Int
        var height: Int
    }

    private let limits: YAMLLimits
    /// The collections not yet closed, innermost last, above a sequence that receives
    /// the document's root.
    private var open: [OpenCollection]
    /// Anchors are scoped to their document, as is the alias budget.
    private var anchors: [String: Anchored] = [:]
    private var nodesAddedByAliases = 0

    private init(limits: YAMLLimits, at location: SourceLocation) {
        self.limits = limits
        open = [OpenCollection(mapping: false, YAMLEvent.Properties(location: location), isKeyPart: false)]
    }

    /// Reads events up to and including the current document's end and returns its root.
    static func document(
        from reader: YAMLEventReader, at location: SourceLocation, limits: YAMLLimits
    ) throws(YAMLError) -> YAMLNode {
        var builder = YAMLTreeBuilder(limits: limits, at: location)
        while true {
            let event = try reader.next()
            switch consume event {
            case .scalar(let text, let style, let properties):
                let (value, tag) = try ScalarResolver.resolve(
                    text, style: style, tag: properties.tag, at: properties.location)
                let scalar = YAMLScalar(text: text, style: style, value: value)
                // Computed before the node is built, or the node is copied once more.
                let identity = builder.receiverIsKeyPart ? KeyIdentity(scalar) : nil
                try builder.add(
                    YAMLNode(.scalar(scalar), at: properties.location, tag: tag),
                    nodeCount: 1, height: 0, anchor: properties.anchor, identity: identity)
            case .alias(let name, let location):
                try builder.addAlias(name, at: location)
            case .sequenceStart(let properties):
                try builder.open(
                    OpenCollection(mapping: false, properties, isKeyPart: builder.nextIsKeyPart), at: properties.location)
            case .mappingStart(let properties):
                try builder.open(
                    OpenCollection(mapping: true, properties, isKeyPart: builder.nextIsKeyPart), at: properties.location)
            case .sequenceEnd, .mappingEnd:
                let finished = builder.open.removeLast()
                try builder.add(
                    finished.node, nodeCount: finished.nodeCount, height: finished.height, anchor: finished.anchor,
                    identity: finished.identity)
            case .documentEnd:
                guard let root = builder.open.first?.firstItem else {
                    preconditionFailure("libyaml ended a document without a node")
                }
                return root
            case .streamStart, .streamEnd, .documentStart:
                preconditionFailure("libyaml emitted a stream or document event inside a document")
            }
        }
    }

    /// How many collections enclose the next node.
    private var depth: Int { open.count - 1 }

    /// Whether the collection receiving the next node is a mapping key or inside one.
    private var receiverIsKeyPart: Bool { open[open.count - 1].isKeyPart }

    /// Whether the next node is a mapping key or inside one, so must know its identity.
    private var nextIsKeyPart: Bool { open[open.count - 1].isKeyPart || open[open.count - 1].expectsKey }

    private mutating func open(_ collection: OpenCollection, at location: SourceLocation) throws(YAMLError) {
        guard depth < limits.maxDepth else { throw .nestingTooDeep(limit: limits.maxDepth, at: location) }
        open.append(collection)
    }

    /// Adds the anchored node in the alias's place, pointing at the alias; its children
    /// keep the locations where they were written.
    private mutating func addAlias(_ name: String, at location: SourceLocation) throws(YAMLError) {
        guard let anchored = anchors[name] else { throw .undefinedAlias(name: name, at: location) }
        nodesAddedByAliases += anchored.nodeCount
        guard nodesAddedByAliases <= limits.maxAliasExpansion else {
            throw .aliasExpansionTooLarge(limit: limits.maxAliasExpansion, at: location)
        }
        guard depth + anchored.height <= limits.maxDepth else {
            throw .nestingTooDeep(limit: limits.maxDepth, at: location)
        }
        var node = anchored.node
        node.location = location
        // One walk of the node, paid for by the alias budget above.
        let identity = nextIsKeyPart ? KeyIdentity(node) : nil
        try add(node, nodeCount: anchored.nodeCount, height: anchored.height, anchor: nil, identity: identity)
    }

    private mutating func add(
        _ node: consuming YAMLNode, nodeCount: Int, height: Int, anchor: String?, identity: KeyIdentity?
    ) throws(YAMLError) {
        if let anchor {
            anchors[anchor] = Anchored(node: copy node, nodeCount: nodeCount, height: height)
        }
        try open[open.count - 1].append(node, nodeCount: nodeCount, height: height, identity: identity)
    }
}
