/// Where locations in one input may point, counted once per input (counting for every
/// node made a large input quadratic). The bounds are generous: every CR, LF and NEL,
/// LS or PS (line breaks to libyaml) counts as a line, every byte as a column.
public struct InputExtent: Sendable {
    /// The file name the reader was given.
    public let file: String
    let lines: Int
    let columns: Int

    /// The extent of `bytes`, read as `file`.
    public init(file: String, bytes: [UInt8]) {
        var lineBreaks = 0
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x0A, 0x0D: lineBreaks += 1
            case 0x85 where index > 0 && bytes[index - 1] == 0xC2: lineBreaks += 1
            case 0xA8...0xA9 where index > 1 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80: lineBreaks += 1
            default: break
            }
        }
        self.file = file
        lines = lineBreaks + 2
        columns = bytes.count + 2
    }
}
