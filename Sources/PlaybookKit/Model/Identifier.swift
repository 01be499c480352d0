/// The rule for playbook, step, item and organisation ids: lowercase letters, digits and
/// `-` (and `_` inside step ids written by older tools), starting with a letter. Ids
/// appear in file names, commands and expressions, so they stay plain.
public enum Identifier {
    /// Whether `text` is a valid id.
    public static func isValid(_ text: String) -> Bool {
        // Every character allowed is ASCII, so bytes are characters here.
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, isLetter(first), bytes.count <= 64 else { return false }
            return bytes.allSatisfy { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Why `text` is not an id, for messages.
    public static let rule = "use lowercase letters, digits and '-', starting with a letter (at most 64 characters)"
}
