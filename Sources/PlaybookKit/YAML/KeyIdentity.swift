/// What makes two mapping keys the same key: their resolved values, compared by
/// structure and ignoring where they were written. `1` and `01` are one key; `1` and
/// `"1"` are two. Keys that are mappings compare without regard to order.
enum KeyIdentity: Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    /// NaN, which `Double` never finds equal to itself.
    case notANumber
    case string(String)
    case sequence([KeyIdentity])
    case mapping([KeyIdentity: KeyIdentity])

    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: self = .null
            case .bool(let value): self = .bool(value)
            case .int(let value): self = .int(value)
            case .float(let value): self = value.isNaN ? .notANumber : .float(value)
            case .string(let value): self = .string(value)
            }
        case .sequence(let items):
            self = .sequence(items.map(KeyIdentity.init))
        case .mapping(let pairs):
            // The loader has already rejected duplicate keys inside this mapping.
            let members = pairs.lazy.map { (KeyIdentity($0.key), KeyIdentity($0.value)) }
            self = .mapping(Dictionary(members, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// Whether two keys are the same key; compares scalars in place, without building
    /// identities, since that is nearly every key of every mapping.
    static func same(_ first: YAMLNode, _ second: YAMLNode) -> Bool {
        guard case .scalar(let a) = first.content, case .scalar(let b) = second.content else {
            return KeyIdentity(first) == KeyIdentity(second)
        }
        switch (a.value, b.value) {
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
