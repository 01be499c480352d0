/// Writes text as a YAML double-quoted scalar that reads back as exactly that text.
///
/// JSON string syntax, used before, is not enough: YAML also breaks lines at U+0085,
/// U+2028 and U+2029 inside quotes (and folds them), and refuses a byte-order mark or a
/// noncharacter in the middle of a file; all of them, and every control character, are
/// written as escapes here.
public enum YAMLQuoted {
    /// `text` between double quotes, escaped.
    public static func scalar(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            case "\u{85}": output += "\\N"
            case "\u{2028}": output += "\\L"
            case "\u{2029}": output += "\\P"
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F:
                    output += "\\x" + hex(scalar.value, digits: 2)
                case 0xFEFF, 0xFFFE, 0xFFFF:
                    output += "\\u" + hex(scalar.value, digits: 4)
                default:
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }

    /// `text` as it is when it is a plain word (letters, digits, `.`, `_`, `-`, not
    /// starting with `-` or `.`) that YAML reads as text, otherwise `scalar(text)`.
    public static func word(_ text: String) -> String {
        let isWord = !text.isEmpty && text.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "_" || $0 == "-")
        }
        let first = text.unicodeScalars.first
        let resolvesToText = ScalarResolver.implicitValue(text) == .string(text)
        return isWord && first != "-" && first != "." && resolvesToText ? text : scalar(text)
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
