/// A number written in one of the YAML 1.2 core schema's forms: decimal, `0o` octal and
/// `0x` hexadecimal integers, and floats including `.inf`, `-.inf` and `.nan`.
struct CoreNumber {
    /// Which form the text matched; `!!float` accepts decimal integers but not the others.
    enum Form: Hashable {
        case decimal, octal, hexadecimal, float
    }

    var form: Form
    /// `.int`, or `.float` for floats and for integers too large for `Int`.
    var value: ScalarValue

    /// Reads `text`, or returns nil when it is not a number in the core schema.
    init?(_ text: String) {
        var contiguous = text
        guard let number = contiguous.withUTF8({ CoreNumber.parse($0, text: text) }) else { return nil }
        self = number
    }

    private init(_ form: Form, _ value: ScalarValue) {
        self.form = form
        self.value = value
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> CoreNumber? {
        guard let first = bytes.first else { return nil }
        let signed = first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
        let negative = first == UInt8(ascii: "-")
        let body = UnsafeBufferPointer(rebasing: bytes[(signed ? 1 : 0)...])
        if let special = special(body, signed: signed, negative: negative) {
            return CoreNumber(.float, .float(special))
        }
        if !signed, body.count > 2, body[0] == UInt8(ascii: "0") {
            let digits = UnsafeBufferPointer(rebasing: body[2...])
            switch body[1] {
            case UInt8(ascii: "o"): return integer(digits, radix: 8).map { CoreNumber(.octal, $0) }
            case UInt8(ascii: "x"): return integer(digits, radix: 16).map { CoreNumber(.hexadecimal, $0) }
            default: break
            }
        }
        if let decimal = integer(body, radix: 10, negative: negative) {
            // Past Int's range, the correctly rounded reading of the whole text.
            if case .float = decimal { return CoreNumber(.decimal, .float(Double(text)!)) }
            return CoreNumber(.decimal, decimal)
        }
        guard isFloat(body), let double = Double(text) else { return nil }
        return CoreNumber(.float, .float(double))
    }

    /// `.inf`, `.Inf`, `.INF` with an optional sign; `.nan`, `.NaN`, `.NAN` without.
    private static func special(_ body: UnsafeBufferPointer<UInt8>, signed: Bool, negative: Bool) -> Double? {
        guard body.count == 4, body[0] == UInt8(ascii: ".") else { return nil }
        switch String(decoding: body, as: UTF8.self) {
        case ".inf", ".Inf", ".INF": return negative ? -.infinity : .infinity
        case ".nan", ".NaN", ".NAN": return signed ? nil : .nan
        default: return nil
        }
    }

    /// `[0-9]+` in the given radix's digits, as `.int`, or `.float` when it overflows.
    private static func integer(
        _ digits: UnsafeBufferPointer<UInt8>, radix: Int, negative: Bool = false
    ) -> ScalarValue? {
        guard !digits.isEmpty else { return nil }
        var result = 0
        var overflowed = false
        var approximate = 0.0
        for byte in digits {
            guard let digit = digitValue(byte), digit < radix else { return nil }
            approximate = approximate * Double(radix) + Double(digit)
            guard !overflowed else { continue }
            let (scaled, o1) = result.multipliedReportingOverflow(by: radix)
            let (next, o2) =
                negative ? scaled.subtractingReportingOverflow(digit) : scaled.addingReportingOverflow(digit)
            overflowed = o1 || o2
            result = next
        }
        if overflowed { return .float(negative ? -approximate : approximate) }
        return .int(result)
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// `( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`, the sign removed.
    private static func isFloat(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < body.count, body[index] >= UInt8(ascii: "0"), body[index] <= UInt8(ascii: "9") {
                index += 1
            }
            return index - start
        }
        let whole = digits()
        var fraction = 0
        if index < body.count, body[index] == UInt8(ascii: ".") {
            index += 1
            fraction = digits()
        }
        guard whole > 0 || fraction > 0 else { return false }
        if index < body.count, body[index] == UInt8(ascii: "e") || body[index] == UInt8(ascii: "E") {
            index += 1
            if index < body.count, body[index] == UInt8(ascii: "-") || body[index] == UInt8(ascii: "+") {
                index += 1
            }
            guard digits() > 0 else { return false }
        }
        return index == body.count
    }
}
