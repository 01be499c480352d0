extension Character {
    /// An ASCII letter.
    var isASCIILetter: Bool { isASCII && isLetter }
    /// An ASCII digit.
    var isASCIIDigit: Bool { isASCII && isNumber }
    /// An ASCII hexadecimal digit, either case.
    var isASCIIHexDigit: Bool { isASCII && isHexDigit }
}
