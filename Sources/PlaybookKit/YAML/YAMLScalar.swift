/// A scalar as written, with its value resolved by the YAML 1.2 core schema.
public struct YAMLScalar: Hashable, Sendable {
    /// How the scalar was written; quoted and block scalars are always strings.
    public enum Style: Hashable, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's text after YAML's own unescaping and folding.
    public var text: String
    /// How it was written.
    public var style: Style
    /// The typed value under the core schema and the node's tag.
    public var value: ScalarValue

    /// Creates a scalar whose value is already resolved.
    public init(text: String, style: Style, value: ScalarValue) {
        self.text = text
        self.style = style
        self.value = value
    }
}

/// The value of a scalar under the YAML 1.2 core schema: only `true` and `false` are
/// booleans, so `no`, `on` and `NO` (a country code) stay strings.
public enum ScalarValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)

    /// A short name of the value's kind for messages.
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int: return "a whole number"
        case .float: return "a number"
        case .string: return "text"
        }
    }
}
