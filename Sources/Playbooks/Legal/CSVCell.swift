/// Text as a CSV field (RFC 4180) that a spreadsheet opens as text, never as a formula:
/// an incident description typed by an attacker's victim may quote the attacker, and
/// `=HYPERLINK(...)` in a cell would run when the lawyer opens the file.
enum CSVCell {
    /// Characters that make a spreadsheet read a cell as a formula when they come first.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` neutralised and quoted where RFC 4180 requires it.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, formulaStarts.contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record: the fields joined by commas and ended by CRLF, as RFC 4180 has it.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}
