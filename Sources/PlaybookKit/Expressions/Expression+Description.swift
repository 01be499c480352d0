extension Expression: CustomStringConvertible {
    /// The expression written back as source, fully parenthesised, so that messages and
    /// tests show exactly how it was grouped; parsing it gives the same tree (offsets aside).
    public var description: String {
        switch self {
        case .literal(let value, _):
            return Self.source(of: value)
        case .list(let items, _):
            return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .reference(let reference):
            return reference.path.joined(separator: ".")
        case .call(let function, let arguments, _):
            return function.rawValue + "(" + arguments.map(\.description).joined(separator: ", ") + ")"
        case .not(let operand, _):
            return "(not \(operand))"
        case .comparison(let comparison, let lhs, let rhs, _):
            return "(\(lhs) \(comparison.rawValue) \(rhs))"
        case .and(let operands, _):
            return "(" + operands.map(\.description).joined(separator: " and ") + ")"
        case .or(let operands, _):
            return "(" + operands.map(\.description).joined(separator: " or ") + ")"
        }
    }

    /// A literal as it would be written in an expression.
    private static func source(of value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number):
            return number == number.rounded() && abs(number) < 1e15 ? value.displayText : decimal(number)
        case .string(let text):
            var quoted = "'"
            for character in text.unicodeScalars {
                switch character {
                case "\\": quoted += "\\\\"
                case "'": quoted += "\\'"
                case "\n": quoted += "\\n"
                default: quoted.unicodeScalars.append(character)
                }
            }
            return quoted + "'"
        case .list(let items):
            return "[" + items.map(source(of:)).joined(separator: ", ") + "]"
        case .record:
            return source(of: .string(value.displayText))
        }
    }

    /// A finite number in plain decimal notation, since the grammar has no exponents:
    /// `1.5e-07` becomes `0.00000015`.
    private static func decimal(_ number: Double) -> String {
        let text = String(number)
        guard let marker = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: marker)...]) else {
            return text
        }
        var mantissa = text[..<marker]
        let sign = mantissa.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { mantissa = mantissa.dropFirst() }
        let whole = mantissa.prefix { $0 != "." }
        var digits = whole + mantissa.dropFirst(whole.count + 1)
        var point = whole.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        }
        if point >= digits.count {
            return sign + digits + String(repeating: "0", count: point - digits.count)
        }
        return sign + digits.prefix(point) + "." + digits.dropFirst(point)
    }
}
