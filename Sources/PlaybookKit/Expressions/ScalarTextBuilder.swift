/// Text built one code point at a time, through its UTF-8 bytes. Appending to a
/// `String.UnicodeScalarView` goes through a generic, much slower path: it cost the
/// lexer more than the rest of parsing an expression.
struct ScalarTextBuilder {
    private var bytes: [UInt8] = []

    /// No text yet.
    init() {}

    /// The text of `scalars`.
    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars { append(scalar) }
    }

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { bytes.append($0) }
        }
    }

    mutating func append(contentsOf text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Starts again, keeping the room already allocated.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// The text so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
