/// Finds the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates,
/// nothing above U+10FFFF). Run before libyaml, whose reader reports such errors only
/// as a byte offset and only once its look-ahead reaches them.
enum UTF8Validation {
    /// The offset of the first byte of the first invalid sequence, or nil if all are valid.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count,
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let width = sequenceWidth(at: index, in: bytes) else { return index }
            index += width
        }
        return nil
    }

    /// The width of the valid multi-byte sequence starting at `index`, or nil.
    private static func sequenceWidth(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // The width each lead byte announces, and the range its second byte must fall
        // in to exclude overlong forms, surrogates and values past U+10FFFF.
        let width: Int
        let secondRange: ClosedRange<UInt8>
        switch bytes[index] {
        case 0xC2...0xDF: (width, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (width, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (width, secondRange) = (3, 0x80...0xBF)
        case 0xED: (width, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (width, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (width, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (width, secondRange) = (4, 0x80...0x8F)
        default: return nil
        }
        guard index + width <= bytes.count, secondRange.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<width where bytes[index + offset] & 0xC0 != 0x80 {
            return nil
        }
        return width
    }
}
