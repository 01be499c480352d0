/// Reads a paragraph's inline Markdown (escapes, code spans, emphasis, links, autolinks,
/// line breaks) into runs of text. Every step is bounded so a hostile paragraph costs
/// time in proportion to its length.
struct InlineParser {
    /// The longest link destination or title read; longer ones are left as text, where
    /// they are still shown in full.
    static let maxLinkPart = 4096
    /// The longest autolink read.
    static let maxAutolink = 2048
    /// How deeply parentheses may nest in a link destination, as in cmark; deeper ones
    /// make it text, which keeps failed link attempts from rescanning the paragraph.
    static let maxParentheses = 32

    private enum Token {
        case text(String)
        case link(text: [InlineRun], url: String)
        case autolink(String)
        case delimiter(Int)
        case lineBreak
    }

    private let characters: [Character]
    private let allowsLinks: Bool
    /// For each `[` that has one, the index of its matching `]`.
    private let closingBrackets: [Int: Int]
    /// For each length, the start of every run of exactly that many backticks, in order.
    private let backtickRuns: [Int: [Int]]

    /// The runs of `text`; inside a link's text, links are not parsed again.
    static func parse(_ text: String, allowsLinks: Bool = true) -> [InlineRun] {
        InlineParser(text, allowsLinks: allowsLinks).runs()
    }

    private init(_ text: String, allowsLinks: Bool) {
        characters = Array(text)
        self.allowsLinks = allowsLinks
        var brackets: [Int: Int] = [:]
        var open: [Int] = []
        var runs: [Int: [Int]] = [:]
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "\\":
                index += 1
            case "[":
                open.append(index)
            case "]":
                if let start = open.popLast() { brackets[start] = index }
            case "`":
                let length = characters[index...].prefix { $0 == "`" }.count
                runs[length, default: []].append(index)
                index += length - 1
            default:
                break
            }
            index += 1
        }
        closingBrackets = brackets
        backtickRuns = runs
    }

    private func runs() -> [InlineRun] {
        var tokens: [Token] = []
        var delimiters: [EmphasisDelimiter] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { tokens.append(.text(literal)) }
            literal = ""
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if next == "\n" {
                    flush()
                    tokens.append(.lineBreak)
                    index = skipSpaces(from: index + 2)
                } else if let next, Self.isEscapable(next) {
                    literal.append(next)
                    index += 2
                } else {
                    literal.append(character)
                    index += 1
                }
            case "`":
                let length = characters[index...].prefix { $0 == "`" }.count
                if let close = closingBacktickRun(length: length, after: index) {
                    literal += codeSpan(characters[(index + length)..<close])
                    index = close + length
                } else {
                    literal += String(repeating: "`", count: length)
                    index += length
                }
            case "!" where allowsLinks && index + 1 < characters.count && characters[index + 1] == "[":
                if let (token, end) = link(at: index + 1) {
                    flush()
                    tokens.append(token)
                    index = end
                } else {
                    literal.append(character)
                    index += 1
                }
            case "[" where allowsLinks:
                if let (token, end) = link(at: index) {
                    flush()
                    tokens.append(token)
                    index = end
                } else {
                    literal.append(character)
                    index += 1
                }
            case "<":
                if let (address, end) = autolink(at: index) {
                    flush()
                    tokens.append(.autolink(address))
                    index = end
                } else {
                    literal.append(character)
                    index += 1
                }
            case "*", "_":
                let length = characters[index...].prefix { $0 == character }.count
                let before = index > 0 ? characters[index - 1] : nil
                let after = index + length < characters.count ? characters[index + length] : nil
                flush()
                tokens.append(.delimiter(delimiters.count))
                delimiters.append(EmphasisDelimiter(character: character, length: length, before: before, after: after))
                index += length
            case "\n":
                let trailing = literal.reversed().prefix { $0 == " " }.count
                literal.removeLast(trailing)
                if trailing >= 2 {
                    flush()
                    tokens.append(.lineBreak)
                } else {
                    literal.append(" ")
                }
                index = skipSpaces(from: index + 1)
            default:
                literal.append(character)
                index += 1
            }
        }
        flush()
        EmphasisDelimiter.resolve(&delimiters)
        return flatten(tokens, delimiters)
    }

    /// Tokens as runs, emphasis applied from the paired delimiters.
    private func flatten(_ tokens: [Token], _ delimiters: [EmphasisDelimiter]) -> [InlineRun] {
        var runs: [InlineRun] = []
        var bold = 0
        var italic = 0
        var attributes: InlineRun.Attributes {
            InlineRun.Attributes().union(bold > 0 ? .bold : []).union(italic > 0 ? .italic : [])
        }
        func append(_ text: String) {
            guard !text.isEmpty else { return }
            if case .text(let last, let lastAttributes) = runs.last, lastAttributes == attributes {
                runs[runs.count - 1] = .text(last + text, attributes)
            } else {
                runs.append(.text(text, attributes))
            }
        }
        for token in tokens {
            switch token {
            case .text(let text):
                append(text)
            case .link(let text, let url):
                let shown = text.map(\.plainText).joined()
                if url.isEmpty {
                    runs += text.map { $0.adding(attributes) }
                } else if shown.isEmpty || shown == url || "mailto:" + shown == url {
                    runs.append(.unbreakable(url, attributes))
                } else {
                    runs += text.map { $0.adding(attributes) }
                    append(" ")
                    runs.append(.unbreakable("(\(url))", []))
                }
            case .autolink(let address):
                runs.append(.unbreakable(address, attributes))
            case .delimiter(let index):
                let delimiter = delimiters[index]
                for strong in delimiter.closes {
                    if strong { bold -= 1 } else { italic -= 1 }
                }
                append(String(repeating: delimiter.character, count: delimiter.remaining))
                for strong in delimiter.opens.reversed() {
                    if strong { bold += 1 } else { italic += 1 }
                }
            case .lineBreak:
                runs.append(.lineBreak)
            }
        }
        return runs
    }

    private func skipSpaces(from start: Int) -> Int {
        var index = start
        while index < characters.count, characters[index] == " " {
            index += 1
        }
        return index
    }

    /// The start of the first run of exactly `length` backticks after `start`.
    private func closingBacktickRun(length: Int, after start: Int) -> Int? {
        guard let starts = backtickRuns[length] else { return nil }
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= start { low = middle + 1 } else { high = middle }
        }
        return low < starts.count ? starts[low] : nil
    }

    /// A code span's text: line breaks as spaces, one space trimmed from each end when
    /// both ends have one (so `` ` `x` ` `` can show backticks).
    private func codeSpan(_ content: ArraySlice<Character>) -> String {
        var text = String(content.map { $0 == "\n" ? " " : $0 })
        if text.count >= 2, text.first == " ", text.last == " ", text.contains(where: { $0 != " " }) {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }

    /// A link `[text](destination "title")` whose `[` is at `start`, and the index after it.
    private func link(at start: Int) -> (Token, Int)? {
        guard let close = closingBrackets[start], close + 1 < characters.count, characters[close + 1] == "(" else {
            return nil
        }
        var index = skipWhitespace(from: close + 2)
        guard let (url, afterURL) = destination(from: index) else { return nil }
        index = skipWhitespace(from: afterURL)
        if index > afterURL, index < characters.count, let end = endOfTitle(from: index) {
            index = skipWhitespace(from: end)
        }
        guard index < characters.count, characters[index] == ")" else { return nil }
        let text = InlineParser.parse(String(characters[(start + 1)..<close]), allowsLinks: false)
        return (.link(text: text, url: url), index + 1)
    }

    private func skipWhitespace(from start: Int) -> Int {
        var index = start
        while index < characters.count, characters[index] == " " || characters[index] == "\n" {
            index += 1
        }
        return index
    }

    /// A link destination, `<…>` or a run without spaces whose parentheses balance
    /// (nested at most `maxParentheses` deep), with backslash escapes resolved; and the
    /// index after it.
    private func destination(from start: Int) -> (String, Int)? {
        var index = start
        if start < characters.count, characters[start] == "<" {
            index += 1
            while index < characters.count, index - start <= Self.maxLinkPart {
                switch characters[index] {
                case ">": return (unescaped(characters[(start + 1)..<index]), index + 1)
                case "\\": index += 2
                case "\n", "<": return nil
                default: index += 1
                }
            }
            return nil
        }
        var depth = 0
        scan: while index < characters.count, index - start <= Self.maxLinkPart {
            switch characters[index] {
            case " ", "\n":
                break scan
            case "\\":
                index += 1
            case "(":
                depth += 1
                guard depth <= Self.maxParentheses else { return nil }
            case ")":
                if depth == 0 { break scan }
                depth -= 1
            default:
                break
            }
            index += 1
        }
        guard depth == 0, index <= characters.count, index - start <= Self.maxLinkPart else { return nil }
        return (unescaped(characters[start..<index]), index)
    }

    /// Whether a backslash before `character` shows it as written: ASCII punctuation.
    private static func isEscapable(_ character: Character) -> Bool {
        character.isASCII && (character.isPunctuation || character.isSymbol)
    }

    /// `text` with backslash escapes of ASCII punctuation resolved.
    private func unescaped(_ text: ArraySlice<Character>) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let next = index + 1 < text.endIndex ? text[index + 1] : nil
            if text[index] == "\\", let next, Self.isEscapable(next) {
                result.append(next)
                index += 2
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }

    /// The index after a link title in `"…"`, `'…'` or `(…)` starting at `start`; an
    /// unescaped `(` inside `(…)` ends the attempt, so titles never overlap.
    private func endOfTitle(from start: Int) -> Int? {
        let closing: Character
        switch characters[start] {
        case "\"": closing = "\""
        case "'": closing = "'"
        case "(": closing = ")"
        default: return nil
        }
        var index = start + 1
        while index < characters.count, index - start <= Self.maxLinkPart {
            if characters[index] == "\\" {
                index += 2
                continue
            }
            if characters[index] == closing { return index + 1 }
            if characters[index] == characters[start], closing == ")" { return nil }
            index += 1
        }
        return nil
    }

    /// An autolink `<scheme:…>` or `<name@domain>` at `start`: the address, and the index after it.
    private func autolink(at start: Int) -> (String, Int)? {
        var index = start + 1
        while index < characters.count, index - start <= Self.maxAutolink {
            let character = characters[index]
            if character == ">" { break }
            if character == "<" || character.isWhitespace { return nil }
            index += 1
        }
        guard index < characters.count, characters[index] == ">", index > start + 1 else { return nil }
        let address = String(characters[(start + 1)..<index])
        return Self.isURI(address) || Self.isEmail(address) ? (address, index + 1) : nil
    }

    private static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard (2...32).contains(scheme.count), let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
    }

    private static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        let local = parts[0].allSatisfy { $0.isASCII && !$0.isWhitespace && !"()<>[]\\,;:\"".contains($0) }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
        return local && domain
    }
}
