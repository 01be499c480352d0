/// Gives a scalar its value under the YAML 1.2 core schema and its tag. Only the plain
/// style is resolved by its text; quoted and block scalars are strings unless tagged.
///
/// Integers too large for `Int` become the nearest `Double`: the text still reads as a
/// number, and `YAMLScalar.text` keeps every digit. Under an explicit `!!int` tag, such
/// a value is an error instead, since no `Int` can hold it.
enum ScalarResolver {
    static let prefix = "tag:yaml.org,2002:"
    static let stringTag = prefix + "str"
    static let intTag = prefix + "int"
    static let floatTag = prefix + "float"
    static let boolTag = prefix + "bool"
    static let nullTag = prefix + "null"
    static let sequenceTag = prefix + "seq"
    static let mappingTag = prefix + "map"

    /// The value of a scalar and its tag as stored in `YAMLNode.tag`: the non-specific
    /// `!` becomes `!!str`; other tags stay as libyaml resolved them.
    static func resolve(
        _ text: String, style: YAMLScalar.Style, tag: String?, at location: SourceLocation
    ) throws(YAMLError) -> (value: ScalarValue, tag: String?) {
        guard let tag else {
            return (style == .plain ? implicitValue(text) : .string(text), nil)
        }
        let value: ScalarValue?
        switch tag {
        case "!", stringTag:
            return (.string(text), stringTag)
        case intTag:
            value = CoreNumber(text).flatMap { number in
                if case .int = number.value { number.value } else { nil }
            }
        case floatTag:
            value = CoreNumber(text).flatMap(floatValue)
        case boolTag:
            value = boolValue(text)
        case nullTag:
            value = isNull(text) ? .null : nil
        default:
            return (style == .plain ? implicitValue(text) : .string(text), tag)
        }
        guard let value else {
            throw .invalidTaggedValue(tag: "!!" + tag.dropFirst(prefix.count), text: text, at: location)
        }
        return (value, tag)
    }

    /// The core schema's reading of an untagged plain scalar.
    static func implicitValue(_ text: String) -> ScalarValue {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isNull(text) ? .null : .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return boolValue(text) ?? .string(text)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return CoreNumber(text)?.value ?? .string(text)
        default:
            return .string(text)
        }
    }

    private static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    private static func boolValue(_ text: String) -> ScalarValue? {
        switch text {
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: return nil
        }
    }

    /// `!!float` also accepts decimal integers, as its regular expression does, but not
    /// octal or hexadecimal ones.
    private static func floatValue(_ number: CoreNumber) -> ScalarValue? {
        switch (number.form, number.value) {
        case (.float, _), (.decimal, .float): return number.value
        case (.decimal, .int(let integer)): return .float(Double(integer))
        default: return nil
        }
    }
}
