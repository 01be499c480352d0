/// The rule for playbook, step, item and organisation ids: lowercase letters, digits and
/// `-` (and `_` inside step ids written by older tools), starting with a letter. Ids
/// appear in file names, commands and expressions, so they stay plain.
public enum Identifier {
    /// Whether `text` is a valid id.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), text.count <= 64 else {
            return false
        }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// Why `text` is not an id, for messages.
    public static let rule = "use lowercase letters, digits and '-', starting with a letter (at most 64 characters)"
}
