import PlaybookKit

/// The promises a fuzz target checks beyond "does not crash": a broken one stops the
/// fuzzer with a message, and libFuzzer keeps the input that broke it.
public enum Invariant {
    /// Stops the run when `condition` does not hold.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }

    /// Every node, error and diagnostic of a reader names the file it read and a line
    /// and column inside it, as the readers promise. The bounds are generous: every CR,
    /// LF and NEL, LS or PS (line breaks to libyaml) counts as a line, every byte as a column.
    public static func requireLocated(_ location: SourceLocation, in file: String, of bytes: [UInt8], _ what: @autoclosure () -> String) {
        var lineBreaks = 0
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x0A, 0x0D: lineBreaks += 1
            case 0x85 where index > 0 && bytes[index - 1] == 0xC2: lineBreaks += 1
            case 0xA8...0xA9 where index > 1 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80: lineBreaks += 1
            default: break
            }
        }
        require(
            location.file == file && (1...lineBreaks + 2).contains(location.line) && (1...bytes.count + 2).contains(location.column),
            "\(what()) is not located inside the input: \(location)")
    }
}
