/// A text with `{{ expression }}` placeholders, used for the parameters a playbook passes
/// to actions. Placeholders are expressions, so they are as safe as conditions: they can
/// only read answers and outputs.
///
/// All offsets in a template, including those inside its expressions, count code points
/// from the start of the template source, so lint can point into the YAML scalar directly.
public struct Template: Hashable, Sendable {
    /// A stretch of literal text or one placeholder.
    public enum Part: Hashable, Sendable {
        /// Text copied as is; `\{{` in the source has become `{{`.
        case text(String)
        /// A placeholder; `offset` is where its expression's first token starts.
        case expression(Expression, offset: Int)
    }

    /// The longest template accepted, in code points; room for a long message, none for
    /// a file designed to exhaust memory.
    public static let maxSourceLength = 65_536

    /// The text and placeholders in order; adjacent text is merged into one part.
    public var parts: [Part]

    /// Creates a template from parts.
    public init(parts: [Part]) {
        self.parts = parts
    }

    private static let tooLongMessage = "the text is longer than \(maxSourceLength) characters; shorten it"

    /// Parses `source`. `{{` opens a placeholder that `}}` closes; `\{{` is a literal `{{`,
    /// and a backslash anywhere else is an ordinary character.
    public static func parse(_ source: String) throws(ExpressionError) -> Template {
        let limit = maxSourceLength
        // Most text has no placeholder: it is one literal part, with nothing to scan.
        if source.utf8.count <= limit, !containsOpeningBraces(source) {
            return Template(parts: source.isEmpty ? [] : [.text(source)])
        }
        let scalars = ExpressionLexer.scalars(of: source, limit: limit)
        let bounds = ExpressionLexer(
            scalars: scalars, start: 0, limit: limit, tooLongMessage: tooLongMessage, placeholderStart: nil)
        var parts: [Part] = []
        var text = ScalarTextBuilder()
        var index = 0
        while let character = try bounds.scalar(at: index) {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let afterNext = index + 2 < scalars.count ? scalars[index + 2] : nil
            if character == "\\", next == "{", afterNext == "{" {
                text.append(contentsOf: "{{")
                index += 3
            } else if character == "{", next == "{" {
                if !text.isEmpty {
                    parts.append(.text(text.text))
                    text.removeAll()
                }
                let lexer = ExpressionLexer(
                    scalars: scalars, start: index + 2, limit: limit, tooLongMessage: tooLongMessage,
                    placeholderStart: index)
                var reader = try ExpressionReader(lexer: lexer, maxDepth: ExpressionParser.maxDepth)
                let placeholder = try reader.readPlaceholder()
                parts.append(.expression(placeholder.expression, offset: placeholder.start))
                index = placeholder.end
            } else {
                text.append(character)
                index += 1
            }
        }
        if !text.isEmpty { parts.append(.text(text.text)) }
        return Template(parts: parts)
    }

    /// Whether `source` has `{{` anywhere, an escaped `\{{` included.
    private static func containsOpeningBraces(_ source: String) -> Bool {
        func scan(_ bytes: some Sequence<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == UInt8(ascii: "{"), previous == byte { return true }
                previous = byte
            }
            return false
        }
        // Native strings lend their bytes; iterating the view checks its form on every byte.
        return source.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(source.utf8)
    }

    /// Every reference of every placeholder, in source order.
    public var references: [ExpressionReference] {
        parts.flatMap { part -> [ExpressionReference] in
            guard case .expression(let expression, _) = part else { return [] }
            return expression.references
        }
    }

    /// Whether the template has no placeholders, so its value is its text.
    public var isPlainText: Bool {
        !parts.contains { if case .expression = $0 { return true } else { return false } }
    }

    /// A template that is exactly one placeholder yields the expression's value with its
    /// type (e.g. a list); otherwise the text with each value's `displayText` interpolated.
    public func render(_ lookup: (_ path: [String]) -> Value?) throws(ExpressionError) -> Value {
        if parts.count == 1, case .expression(let expression, _) = parts[0] {
            return try expression.evaluate(lookup)
        }
        var rendered = ""
        for part in parts {
            switch part {
            case .text(let text): rendered += text
            case .expression(let expression, _): rendered += try expression.evaluate(lookup).displayText
            }
        }
        return .string(rendered)
    }
}
