/// Writes any text as a YAML double-quoted scalar that reads back as exactly that text,
/// so that fuzzed text can be placed inside a generated playbook.
public enum YAMLQuoting {
    /// `text` between double quotes, escaping what YAML would not take as it is, and the
    /// line and paragraph separators and byte order mark, which libyaml reads as breaks.
    public static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x5C: result += "\\\\"
            case 0x22: result += "\\\""
            case 0x2028, 0x2029, 0xFEFF: result += "\\u" + hex(scalar.value, digits: 4)
            case 0x20...0x7E, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...: result.unicodeScalars.append(scalar)
            case ..<0x100: result += "\\x" + hex(scalar.value, digits: 2)
            default: result += "\\u" + hex(scalar.value, digits: 4)
            }
        }
        return result + "\""
    }

    /// Whether `text` needs no escape in a double-quoted scalar, so that columns in the
    /// scalar are columns in the file.
    public static func isVerbatim(_ text: String) -> Bool {
        doubleQuoted(text).unicodeScalars.count == text.unicodeScalars.count + 2
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
