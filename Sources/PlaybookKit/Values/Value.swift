import Foundation

/// A piece of data a session holds: an answer, an action's parameter or output, a
/// value an expression computes. Dates are ISO 8601 strings (`2026-11-27`), which
/// compare correctly as text.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case list([Value])
    case record([String: Value])

    /// The value's type, for messages and parameter checks.
    public var type: ValueType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .number: return .number
        case .string: return .string
        case .list: return .list
        case .record: return .record
        }
    }

    /// The text if this is a string.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number if this is one.
    public var number: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The boolean if this is one.
    public var bool: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    /// The items if this is a list.
    public var list: [Value]? {
        if case .list(let items) = self { return items }
        return nil
    }

    /// The fields if this is a record.
    public var record: [String: Value]? {
        if case .record(let fields) = self { return fields }
        return nil
    }

    /// The value as a person reads it: whole numbers without a decimal point, lists
    /// joined by commas, records as `key: value` pairs in key order.
    public var displayText: String {
        switch self {
        case .null: return ""
        case .bool(let flag): return flag ? "yes" : "no"
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
            return String(number)
        case .string(let text): return text
        case .list(let items): return items.map(\.displayText).joined(separator: ", ")
        case .record(let fields):
            return fields.keys.sorted().map { "\($0): \(fields[$0]!.displayText)" }.joined(separator: "; ")
        }
    }
}

extension Value: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([Value].self) {
            self = .list(items)
        } else {
            self = .record(try container.decode([String: Value].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .number(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        case .list(let items): try container.encode(items)
        case .record(let fields): try container.encode(fields)
        }
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .record(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
