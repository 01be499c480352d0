/// An address from a From, Reply-To or Return-Path header, with the display name
/// that mail programs show instead of it, which is where impersonation usually hides.
struct MailAddress: Hashable, Sendable {
    /// The address in lower case.
    var address: String
    /// The name shown for it, decoded; empty when there is none.
    var displayName: String

    /// The part after the `@`.
    var domain: String {
        address.lastIndex(of: "@").map { String(address[address.index(after: $0)...]) } ?? ""
    }

    /// The valid addresses in a header value such as `"Doe, Jane" <jane@example.org>, ops@example.org`.
    static func list(in value: String) -> [MailAddress] {
        splitOutsideQuotes(value, at: ",").compactMap { part in
            let text = removingComments(part)
            let name: String
            let address: Substring
            if let open = text.firstIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
                address = text[text.index(after: open)..<close]
                name = unquoted(String(text[..<open]).collapsingSpaces())
            } else {
                address = text.trimmingWhitespace()
                name = ""
            }
            return IndicatorSyntax.email(address.trimmingWhitespace()).map {
                MailAddress(address: $0, displayName: EncodedWord.decode(name))
            }
        }
    }

    /// `value` cut at each `separator` that is not inside quotes, angle brackets or a comment.
    static func splitOutsideQuotes(_ value: String, at separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        var depth = 0
        for character in value {
            defer { escaped = quoted && !escaped && character == "\\" }
            if !escaped, character == "\"" { quoted.toggle() }
            if !quoted {
                if character == "<" || character == "(" { depth += 1 }
                if character == ">" || character == ")" { depth = max(0, depth - 1) }
                if character == separator, depth == 0 {
                    parts.append(current)
                    current = ""
                    continue
                }
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }

    /// `value` without its `(comments)`, which may nest; quoted text is kept as is.
    static func removingComments(_ value: String) -> String {
        var result = ""
        var quoted = false
        var escaped = false
        var depth = 0
        for character in value {
            defer { escaped = !escaped && character == "\\" }
            if depth == 0, !escaped, character == "\"" { quoted.toggle() }
            if !quoted, !escaped, character == "(" {
                depth += 1
                continue
            }
            if depth > 0 {
                if !escaped, character == ")" { depth -= 1 }
                continue
            }
            result.append(character)
        }
        return result
    }

    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        return String(text.dropFirst().dropLast()).replacing("\\\"", with: "\"").replacing("\\\\", with: "\\")
    }
}
