/// What makes two mapping keys the same key: their resolved values, compared by
/// structure and ignoring where they were written. `1` and `01` are one key; `1` and
/// `"1"` are two. Keys that are mappings compare without regard to order.
///
/// The hash is computed once, from the children's hashes, and keys that are lists or
/// mappings get their identity built bottom-up as the tree is read (`OpenCollection`):
/// a key nested in a key nested in a key then costs time in proportion to its size, not
/// to its size times its depth, which a hostile file could make minutes long.
struct KeyIdentity: Hashable {
    private enum Value: Hashable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        /// NaN, which `Double` never finds equal to itself.
        case notANumber
        case string(String)
        case sequence([KeyIdentity])
        case mapping([KeyIdentity: KeyIdentity])
    }

    private let value: Value
    private let hashCode: Int

    private init(_ value: Value) {
        self.value = value
        hashCode = value.hashValue
    }

    /// The identity of a scalar.
    init(_ scalar: YAMLScalar) {
        switch scalar.value {
        case .null: self.init(Value.null)
        case .bool(let value): self.init(.bool(value))
        case .int(let value): self.init(.int(value))
        case .float(let value): self.init(value.isNaN ? .notANumber : .float(value))
        case .string(let value): self.init(.string(value))
        }
    }

    /// The identity of a whole node, built in one walk of it (for aliases, whose node
    /// was read before).
    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar):
            self.init(scalar)
        case .sequence(let items):
            self = .sequence(items.map(KeyIdentity.init))
        case .mapping(let pairs):
            // The loader has already rejected duplicate keys inside this mapping.
            let members = pairs.lazy.map { (KeyIdentity($0.key), KeyIdentity($0.value)) }
            self = .mapping(Dictionary(members, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// The identity of a list whose items have these identities.
    static func sequence(_ items: [KeyIdentity]) -> KeyIdentity {
        KeyIdentity(Value.sequence(items))
    }

    /// The identity of a mapping whose keys and values have these identities.
    static func mapping(_ members: [KeyIdentity: KeyIdentity]) -> KeyIdentity {
        KeyIdentity(Value.mapping(members))
    }

    static func == (lhs: KeyIdentity, rhs: KeyIdentity) -> Bool {
        lhs.hashCode == rhs.hashCode && lhs.value == rhs.value
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hashCode)
    }

    /// Whether two scalar keys are the same key; compares them in place, without
    /// building identities, since that is nearly every key of every mapping.
    static func same(_ first: YAMLScalar, _ second: YAMLScalar) -> Bool {
        switch (first.value, second.value) {
        case (.string(let x), .string(let y)): return x == y
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y || (x.isNaN && y.isNaN)
        default: return false
        }
    }

    /// The key as a person would write it in a message: its text, or a flow form for
    /// keys that are lists or mappings.
    static func describe(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let scalar):
            return scalar.text
        case .sequence(let items):
            return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
