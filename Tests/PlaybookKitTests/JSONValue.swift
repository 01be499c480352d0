/// A JSON value as the YAML test suite's `in.json` files hold it, for comparing our
/// trees with the expected data. Numbers compare by value, objects without regard to
/// key order, strings by their exact UTF-8 bytes.
enum JSONValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key] == value }
        default: return false
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .number(let value): return String(value)
        case .string(let value): return "\"\(value)\""
        case .array(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .object(let members):
            return "{"
                + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }
                .joined(separator: ", ") + "}"
        }
    }

    /// Every JSON value in `text`, one after another as the suite writes several documents.
    static func parseAll(_ text: String) throws -> [JSONValue] {
        var parser = JSONParser(bytes: Array(text.utf8))
        var values: [JSONValue] = []
        while try parser.skipWhitespaceHasMore() {
            values.append(try parser.value())
        }
        return values
    }
}

/// Why an `in.json` file could not be read.
struct JSONSyntaxError: Error, CustomStringConvertible {
    var offset: Int
    var description: String { "invalid JSON at byte \(offset)" }
}

/// A small recursive-descent reader of RFC 8259 JSON.
private struct JSONParser {
    let bytes: [UInt8]
    var index = 0

    mutating func skipWhitespaceHasMore() throws -> Bool {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index < bytes.count
    }

    mutating func value() throws -> JSONValue {
        guard try skipWhitespaceHasMore() else { throw JSONSyntaxError(offset: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        default: return try number()
        }
    }

    private mutating func literal(_ word: String) throws {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw JSONSyntaxError(offset: index)
        }
        index += expected.count
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard try skipWhitespaceHasMore(), bytes[index] == byte else { throw JSONSyntaxError(offset: index) }
        index += 1
    }

    private mutating func object() throws -> JSONValue {
        try expect(UInt8(ascii: "{"))
        var members: [String: JSONValue] = [:]
        if try skipWhitespaceHasMore(), bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            _ = try skipWhitespaceHasMore()
            let key = try string()
            try expect(UInt8(ascii: ":"))
            members[key] = try value()
            guard try skipWhitespaceHasMore() else { throw JSONSyntaxError(offset: index) }
            index += 1
            switch bytes[index - 1] {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "}"): return .object(members)
            default: throw JSONSyntaxError(offset: index - 1)
            }
        }
    }

    private mutating func array() throws -> JSONValue {
        try expect(UInt8(ascii: "["))
        var items: [JSONValue] = []
        if try skipWhitespaceHasMore(), bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            items.append(try value())
            guard try skipWhitespaceHasMore() else { throw JSONSyntaxError(offset: index) }
            index += 1
            switch bytes[index - 1] {
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "]"): return .array(items)
            default: throw JSONSyntaxError(offset: index - 1)
            }
        }
    }

    private mutating func number() throws -> JSONValue {
        let start = index
        let allowed = Set("+-0123456789.eE".utf8)
        while index < bytes.count, allowed.contains(bytes[index]) { index += 1 }
        guard let number = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            throw JSONSyntaxError(offset: start)
        }
        return .number(number)
    }

    private mutating func string() throws -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw JSONSyntaxError(offset: index) }
        index += 1
        var scalars = String.UnicodeScalarView()
        var chunkStart = index
        func flush(_ end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[chunkStart..<end], as: UTF8.self).unicodeScalars)
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                flush(index)
                index += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(index)
                index += 1
                scalars.append(try escape())
                chunkStart = index
            default:
                index += 1
            }
        }
        throw JSONSyntaxError(offset: index)
    }

    private mutating func escape() throws -> Unicode.Scalar {
        guard index < bytes.count else { throw JSONSyntaxError(offset: index) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let unit = try hexUnit()
            if (0xD800..<0xDC00).contains(unit) {
                try literal("\\u")
                let low = try hexUnit()
                guard (0xDC00..<0xE000).contains(low),
                    let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                else { throw JSONSyntaxError(offset: index) }
                return scalar
            }
            guard let scalar = Unicode.Scalar(unit) else { throw JSONSyntaxError(offset: index) }
            return scalar
        default:
            throw JSONSyntaxError(offset: index - 1)
        }
    }

    private mutating func hexUnit() throws -> UInt32 {
        guard bytes.count - index >= 4,
            let unit = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw JSONSyntaxError(offset: index) }
        index += 4
        return unit
    }
}
