import PlaybookKit

/// A message's header section as pasted by a person, unfolded into one field per
/// header in the order written. Pastes are messy (copied from a web page, indented,
/// followed by the body), so lines that are not headers are counted and skipped, not
/// fatal; only text with no header at all is refused.
struct MailHeaders: Sendable {
    /// One unfolded header.
    struct Field: Hashable, Sendable {
        /// The header's name as written, e.g. `Received`.
        var name: String
        /// The value with folding undone and runs of spaces collapsed.
        var value: String
    }

    /// The longest paste accepted, in UTF-8 bytes; real header sections are a few kilobytes.
    static let maximumLength = 1 << 20

    /// The headers, top first.
    var fields: [Field] = []
    /// Lines (counting from 1) that were neither a header nor a continuation.
    var ignoredLines: [Int] = []
    /// Whether text followed the blank line that ends the headers.
    var hasBody = false

    /// Reads pasted headers; throws when the text holds no header line at all.
    init(parsing text: String) throws(ActionError) {
        guard !text.allSatisfy(\.isWhitespace) else {
            throw .invalidParameter("headers", "it is empty; paste the message's original headers")
        }
        guard text.utf8.count <= MailHeaders.maximumLength else {
            throw .invalidParameter(
                "headers", "it is longer than 1 MB; paste only the headers, up to the first blank line")
        }
        let unified = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n").replacing("\u{FEFF}", with: "")
        var lines = unified.split(separator: "\n", omittingEmptySubsequences: false)
        let firstLine = lines.first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        let indent = firstLine.prefix { $0 == " " || $0 == "\t" }
        if !indent.isEmpty {
            lines = lines.map { $0.hasPrefix(indent) ? $0.dropFirst(indent.count) : $0 }
        }
        var values: [(name: String, raw: String)] = []
        for (offset, line) in lines.enumerated() {
            if line.allSatisfy(\.isWhitespace) {
                guard !values.isEmpty else { continue }
                hasBody = lines[offset...].contains { !$0.allSatisfy(\.isWhitespace) }
                break
            }
            if line.first == " " || line.first == "\t", !values.isEmpty {
                values[values.count - 1].raw += line
            } else if let header = MailHeaders.split(line) {
                values.append((header.name, String(header.value)))
            } else if !(values.isEmpty && line.hasPrefix("From ")) {
                ignoredLines.append(offset + 1)
            }
        }
        guard !values.isEmpty else {
            throw .invalidParameter(
                "headers",
                "no header lines were found; paste the original headers (in webmail look for 'Show original' or 'View source'), lines such as 'Received: …' and 'From: …'"
            )
        }
        fields = values.map { Field(name: $0.name, value: $0.raw.collapsingSpaces()) }
    }

    /// The values of every header called `name` (any case), top first.
    func values(_ name: String) -> [String] {
        fields.filter { $0.name.isSameHeaderName(as: name) }.map(\.value)
    }

    /// Whether a header called `name` is present.
    func contains(_ name: String) -> Bool { fields.contains { $0.name.isSameHeaderName(as: name) } }

    /// A header line's name and value; nil when the line is not `Name: value`.
    private static func split(_ line: Substring) -> (name: String, value: Substring)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        var name = line[..<colon]
        while name.last == " " || name.last == "\t" { name = name.dropLast() }
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) }) else { return nil }
        return (String(name), line[line.index(after: colon)...])
    }
}

extension String {
    /// Whether two header names are the same, ignoring ASCII case.
    fileprivate func isSameHeaderName(as other: String) -> Bool { lowercased() == other.lowercased() }
}
