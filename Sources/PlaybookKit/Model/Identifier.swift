/// The rule for playbook, step, item and organisation ids: lowercase letters, digits and
/// `-` (and `_` inside step ids written by older tools), starting with a letter. Ids
/// appear in file names, commands and expressions, so they stay plain.
public enum Identifier {
    /// Whether `text` is a valid id.
    public static func isValid(_ text: String) -> Bool {
        // Every character allowed is ASCII, so bytes are characters here.
        var length = 0
        for byte in text.utf8 {
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            let isOther = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            guard isLetter || (length > 0 && isOther), length < 64 else { return false }
            length += 1
        }
        return length > 0
    }

    /// Why `text` is not an id, for messages.
    public static let rule = "use lowercase letters, digits and '-', starting with a letter (at most 64 characters)"
}
