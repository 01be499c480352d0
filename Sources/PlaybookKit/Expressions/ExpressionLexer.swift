/// Splits source into tokens on demand, one pass, no backtracking. It reads at most one
/// code point past the length limit, so an enormous input fails as soon as the limit is
/// reached.
struct ExpressionLexer {
    /// The source's code points, at most `limit + 1` of them.
    private let scalars: [Unicode.Scalar]
    /// The most code points the source may have.
    private let limit: Int
    /// The message for a source longer than `limit`.
    private let tooLongMessage: String
    /// The offset of the `{{` that opened the placeholder being read, if any; inside a
    /// placeholder `}}` is a token and the end of the source means it was never closed.
    private let placeholderStart: Int?
    /// The offset of the next code point to read.
    private var position: Int

    init(scalars: [Unicode.Scalar], start: Int, limit: Int, tooLongMessage: String, placeholderStart: Int?) {
        self.scalars = scalars
        self.limit = limit
        self.tooLongMessage = tooLongMessage
        self.placeholderStart = placeholderStart
        self.position = start
    }

    /// The first `limit + 1` code points of `source`: enough to tell that it is too long
    /// without reading the rest.
    static func scalars(of source: String, limit: Int) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(min(source.utf8.count, limit + 1))
        for scalar in source.unicodeScalars {
            scalars.append(scalar)
            if scalars.count > limit { break }
        }
        return scalars
    }

    /// The code point at `index`, nil at the end; reading past the limit is the error.
    func scalar(at index: Int) throws(ExpressionError) -> Unicode.Scalar? {
        if index >= limit && scalars.count > limit {
            throw ExpressionError(offset: limit, message: tooLongMessage)
        }
        return index < scalars.count ? scalars[index] : nil
    }

    /// Reads the next token.
    mutating func next() throws(ExpressionError) -> ExpressionToken {
        while let character = try scalar(at: position), Self.isSpace(character) { position += 1 }
        let start = position
        guard let character = try scalar(at: start) else {
            if let placeholderStart {
                throw ExpressionError(offset: placeholderStart, message: Self.unclosedMessage)
            }
            return ExpressionToken(kind: .end, offset: start, end: start, text: "")
        }
        let following = try scalar(at: start + 1)
        switch character {
        case "a"..."z":
            return try name(from: start)
        case "0"..."9":
            return try number(from: start)
        case "-" where following.map(Self.isDigit) ?? false:
            return try number(from: start)
        case "-":
            throw ExpressionError(
                offset: start,
                message: "unexpected '-'; there is no arithmetic, and a negative number has its digits right after '-', e.g. -2")
        case "'", "\"":
            return try string(from: start, quote: character)
        case "=" where following == "=": return symbol(.equal, at: start)
        case "!" where following == "=": return symbol(.notEqual, at: start)
        case "<" where following == "=": return symbol(.lessOrEqual, at: start)
        case ">" where following == "=": return symbol(.greaterOrEqual, at: start)
        case "}" where following == "}" && placeholderStart != nil: return symbol(.closePlaceholder, at: start)
        case "<": return symbol(.less, at: start)
        case ">": return symbol(.greater, at: start)
        case "(": return symbol(.openParenthesis, at: start)
        case ")": return symbol(.closeParenthesis, at: start)
        case "[": return symbol(.openBracket, at: start)
        case "]": return symbol(.closeBracket, at: start)
        case ",": return symbol(.comma, at: start)
        case "=":
            throw ExpressionError(offset: start, message: "unexpected '='; write '==' to compare two values")
        case "!":
            throw ExpressionError(offset: start, message: "unexpected '!'; write 'not' to negate, or '!=' for 'is not equal to'")
        case "&":
            throw ExpressionError(offset: start, message: "unexpected '&'; write 'and' to join two conditions")
        case "|":
            throw ExpressionError(offset: start, message: "unexpected '|'; write 'or' to join two conditions")
        case "{":
            throw ExpressionError(
                offset: start,
                message: "unexpected '{'; a condition names step ids directly, without '{{ }}', e.g. site-url == 'down'")
        case "A"..."Z":
            throw ExpressionError(
                offset: start,
                message: "unexpected '\(character)'; step ids and keywords are lowercase, e.g. site-url or true")
        default:
            throw ExpressionError(
                offset: start, message: "unexpected character '\(character.escaped(asASCII: false))'")
        }
    }

    /// The error for a placeholder that no `}}` closes at or after `offset` (or the length
    /// error if the source is cut off before one could be found); used after an unexpected
    /// token, to tell a stray word from a forgotten `}}`.
    func unclosedPlaceholder(from offset: Int) -> ExpressionError? {
        guard let placeholderStart else { return nil }
        var index = offset
        while index + 1 < min(scalars.count, limit) {
            if scalars[index] == "}" && scalars[index + 1] == "}" { return nil }
            index += 1
        }
        if scalars.count > limit { return ExpressionError(offset: limit, message: tooLongMessage) }
        return ExpressionError(offset: placeholderStart, message: Self.unclosedMessage)
    }

    private static let unclosedMessage = "this '{{' is never closed; add '}}' after the expression, e.g. {{ site-url }}"

    private mutating func symbol(_ symbol: ExpressionToken.Symbol, at start: Int) -> ExpressionToken {
        position = start + symbol.rawValue.unicodeScalars.count
        return ExpressionToken(kind: .symbol(symbol), offset: start, end: position, text: symbol.rawValue)
    }

    /// `[a-z][a-z0-9_-]*` segments joined by dots.
    private mutating func name(from start: Int) throws(ExpressionError) -> ExpressionToken {
        var path: [String] = []
        var index = start
        while true {
            var segment = ScalarTextBuilder()
            while let character = try scalar(at: index), Self.isNameCharacter(character) {
                segment.append(character)
                index += 1
            }
            path.append(segment.text)
            guard try scalar(at: index) == "." else { break }
            guard let next = try scalar(at: index + 1), Self.isLowercase(next) else {
                throw ExpressionError(
                    offset: index + 1,
                    message: "expected a lowercase name after '.', e.g. check.score")
            }
            index += 1
        }
        position = index
        return ExpressionToken(
            kind: .name(path), offset: start, end: index, text: Self.shortened(path.joined(separator: ".")))
    }

    /// `-?[0-9]+(\.[0-9]+)?`, not followed by a letter.
    private mutating func number(from start: Int) throws(ExpressionError) -> ExpressionToken {
        var text = ScalarTextBuilder()
        var index = start
        if try scalar(at: index) == "-" {
            text.append("-")
            index += 1
        }
        while let character = try scalar(at: index), Self.isDigit(character) {
            text.append(character)
            index += 1
        }
        if try scalar(at: index) == "." {
            guard let digit = try scalar(at: index + 1), Self.isDigit(digit) else {
                throw ExpressionError(
                    offset: index + 1, message: "expected a digit after the decimal point, e.g. 0.5")
            }
            text.append(".")
            index += 1
            while let character = try scalar(at: index), Self.isDigit(character) {
                text.append(character)
                index += 1
            }
        }
        if let character = try scalar(at: index), Self.isNameCharacter(character) || Self.isUppercase(character) {
            throw ExpressionError(
                offset: index,
                message: "unexpected '\(character)' right after a number; put a space between them, or start step ids with a letter")
        }
        let source = text.text
        guard let value = Double(source), value.isFinite else {
            throw ExpressionError(offset: start, message: "the number \(source) is too large")
        }
        position = index
        return ExpressionToken(kind: .number(value), offset: start, end: index, text: Self.shortened(source))
    }

    /// A quoted string with the escapes `\\`, `\'`, `\"` and `\n`.
    private mutating func string(from start: Int, quote: Unicode.Scalar) throws(ExpressionError) -> ExpressionToken {
        var text = ScalarTextBuilder()
        var index = start + 1
        while true {
            guard let character = try scalar(at: index) else {
                throw ExpressionError(
                    offset: start, message: "this string is never closed; add a matching \(quote) at its end")
            }
            if character == quote {
                index += 1
                break
            }
            if character == "\\" {
                switch try scalar(at: index + 1) {
                case "\\": text.append("\\")
                case "'": text.append("'")
                case "\"": text.append("\"")
                case "n": text.append("\n")
                case nil:
                    throw ExpressionError(
                        offset: start, message: "this string is never closed; add a matching \(quote) at its end")
                case let other?:
                    throw ExpressionError(
                        offset: index,
                        message: "unknown escape '\\\(other.escaped(asASCII: false))'; the escapes are \\\\, \\', \\\" and \\n")
                }
                index += 2
                continue
            }
            text.append(character)
            index += 1
        }
        position = index
        let source = ScalarTextBuilder(scalars[start..<index]).text
        return ExpressionToken(kind: .string(text.text), offset: start, end: index, text: Self.shortened(source))
    }

    /// At most 24 characters of `text`, for messages.
    private static func shortened(_ text: String) -> String {
        text.unicodeScalars.count <= 24 ? text : String(text.unicodeScalars.prefix(23)) + "…"
    }

    private static func isSpace(_ character: Unicode.Scalar) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r"
    }

    private static func isDigit(_ character: Unicode.Scalar) -> Bool { ("0"..."9").contains(character) }

    private static func isLowercase(_ character: Unicode.Scalar) -> Bool { ("a"..."z").contains(character) }

    private static func isUppercase(_ character: Unicode.Scalar) -> Bool { ("A"..."Z").contains(character) }

    private static func isNameCharacter(_ character: Unicode.Scalar) -> Bool {
        isLowercase(character) || isDigit(character) || character == "_" || character == "-"
    }
}
