/// Turns a byte offset into the line and column libyaml would report there, for the
/// errors libyaml gives only as an offset (its reader's) and for invalid UTF-8, which
/// is found before libyaml runs.
enum TextPosition {
    /// The location of the byte at `offset`; lines break at LF, CR, CRLF, NEL, LS and
    /// PS as in libyaml, and columns count code points.
    static func location(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            let breakWidth = lineBreakWidth(at: index, in: bytes)
            if breakWidth > 0 {
                line += 1
                column = 1
                index += breakWidth
                continue
            }
            if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The width in bytes of the line break starting at `index`, or 0 if none does.
    private static func lineBreakWidth(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let remaining = bytes.count - index
        switch bytes[index] {
        case 0x0A:
            return 1
        case 0x0D:
            return remaining > 1 && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2 where remaining > 1 && bytes[index + 1] == 0x85:
            return 2
        case 0xE2
        where remaining > 2 && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3
        default:
            return 0
        }
    }
}
