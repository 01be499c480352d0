import Foundation

/// Turns the Markdown a facet writes for its report section into HTML: paragraphs,
/// headings, lists, quotes, fenced code and pipe tables, with inline text through
/// `HTMLText.inline`, so nothing in it is ever taken as markup.
enum MarkdownHTML {
    /// `markdown` as HTML, its headings pushed below level `level`.
    static func render(_ markdown: String, below level: Int) -> String {
        var reader = Reader(lines: markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), level: level)
        return reader.blocks().joined(separator: "\n")
    }

    private struct Reader {
        let lines: [String]
        let level: Int
        var index = 0

        mutating func blocks() -> [String] {
            var output: [String] = []
            while index < lines.count {
                let line = lines[index].trimmingCharacters(in: .whitespaces)
                if line.isEmpty {
                    index += 1
                } else if line.hasPrefix("```") || line.hasPrefix("~~~") {
                    output.append(fence(String(line.prefix(3))))
                } else if let heading = heading(line) {
                    output.append(heading)
                    index += 1
                } else if Self.isTableRow(line), index + 1 < lines.count, Self.isDelimiterRow(lines[index + 1]) {
                    output.append(table())
                } else if Self.listItem(line) != nil {
                    output.append(list())
                } else if line.hasPrefix(">") {
                    output.append(quote())
                } else {
                    output.append(paragraph())
                }
            }
            return output
        }

        func heading(_ line: String) -> String? {
            let hashes = line.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes) else { return nil }
            let rest = line.dropFirst(hashes)
            guard rest.isEmpty || rest.first == " " else { return nil }
            let tag = "h\(min(hashes + level, 6))"
            return "<\(tag)>\(HTMLText.inline(rest.trimmingCharacters(in: .whitespaces), markdown: true))</\(tag)>"
        }

        mutating func fence(_ marker: String) -> String {
            index += 1
            var code: [String] = []
            while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(marker) {
                code.append(lines[index])
                index += 1
            }
            index += 1
            return "<pre><code>" + HTMLText.escape(code.joined(separator: "\n")) + "</code></pre>"
        }

        mutating func table() -> String {
            let header = Self.cells(lines[index])
            index += 2
            var rows: [[String]] = []
            while index < lines.count, Self.isTableRow(lines[index].trimmingCharacters(in: .whitespaces)) {
                rows.append(Self.cells(lines[index]))
                index += 1
            }
            let head = "<tr>" + header.map { "<th>\(HTMLText.inline($0, markdown: true))</th>" }.joined() + "</tr>"
            let body = rows.map { row in
                "<tr>" + row.map { "<td>\(HTMLText.inline($0, markdown: true))</td>" }.joined() + "</tr>"
            }
            return "<table>\n<thead>\(head)</thead>\n<tbody>\n" + body.joined(separator: "\n") + "\n</tbody>\n</table>"
        }

        mutating func list() -> String {
            let ordered = Self.listItem(lines[index].trimmingCharacters(in: .whitespaces))!.ordered
            var items: [String] = []
            while index < lines.count {
                let line = lines[index].trimmingCharacters(in: .whitespaces)
                if let item = Self.listItem(line), item.ordered == ordered {
                    items.append(item.text)
                } else if !line.isEmpty, !items.isEmpty, lines[index].first == " " || lines[index].first == "\t" {
                    items[items.count - 1] += " " + line
                } else {
                    break
                }
                index += 1
            }
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>\n" + items.map { "<li>\(HTMLText.inline($0, markdown: true))</li>" }.joined(separator: "\n") + "\n</\(tag)>"
        }

        mutating func quote() -> String {
            var text: [String] = []
            while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(">") {
                text.append(String(lines[index].trimmingCharacters(in: .whitespaces).dropFirst()).trimmingCharacters(in: .whitespaces))
                index += 1
            }
            return "<blockquote><p>" + HTMLText.inline(text.joined(separator: " "), markdown: true) + "</p></blockquote>"
        }

        mutating func paragraph() -> String {
            var text: [String] = []
            while index < lines.count {
                let line = lines[index].trimmingCharacters(in: .whitespaces)
                let startsBlock = line.hasPrefix("```") || line.hasPrefix("~~~") || heading(line) != nil
                    || Self.listItem(line) != nil || line.hasPrefix(">")
                if line.isEmpty || (!text.isEmpty && startsBlock) { break }
                text.append(line)
                index += 1
            }
            return "<p>" + HTMLText.inline(text.joined(separator: " "), markdown: true) + "</p>"
        }

        static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
            for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) {
                return (false, String(line.dropFirst(2)))
            }
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            let rest = line.dropFirst(digits.count)
            guard !digits.isEmpty, digits.count <= 9, rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
            return (true, String(rest.dropFirst(2)))
        }

        static func isTableRow(_ line: String) -> Bool {
            line.hasPrefix("|")
        }

        static func isDelimiterRow(_ line: String) -> Bool {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("|") && trimmed.contains("-") && trimmed.allSatisfy { "|-: ".contains($0) }
        }

        /// The cells of a pipe table row; `\|` stays in its cell.
        static func cells(_ line: String) -> [String] {
            var cells: [String] = []
            var current = ""
            var escaped = false
            for character in line.trimmingCharacters(in: .whitespaces) {
                if escaped {
                    current += character == "|" ? "|" : "\\\(character)"
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "|" {
                    cells.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
            if !current.trimmingCharacters(in: .whitespaces).isEmpty { cells.append(current) }
            return Array(cells.dropFirst()).map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }
}
