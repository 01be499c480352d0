/// Finds where a character inside a scalar stands in the file, so that an error in an
/// expression points at its exact column. Exact for single-line plain and quoted
/// scalars and for literal blocks; for folded or multi-line quoted text, where YAML
/// rewrites line breaks, it points at the start of the line the text begins on.
///
/// Every placeholder of a text is located in one pass over the text, and a line's
/// indentation is looked up in a table built once per file: locating each offset on its
/// own from the start of the text (and of the file) made a text of 65,000 placeholders
/// take minutes to decode.
struct ScalarLocator {
    /// The file's text, read only when a literal block's indentation is needed.
    let source: String
    /// The number of leading spaces of each line of `source`, built the first time a
    /// literal block needs one.
    private var indentations: [Int]?

    /// Creates a locator over the file's text.
    init(source: String) {
        self.source = source
    }

    /// The location of the code point at `offset` in `scalar`, which starts at `location`.
    mutating func location(of offset: Int, in scalar: YAMLScalar, at location: SourceLocation) -> SourceLocation {
        locations(of: [offset], in: scalar, at: location)[0]
    }

    /// The location of the code point at each of `offsets` in `scalar`, which starts at
    /// `location`, in the order given; one pass over the scalar's text.
    mutating func locations(of offsets: [Int], in scalar: YAMLScalar, at location: SourceLocation) -> [SourceLocation] {
        guard !offsets.isEmpty else { return [] }
        let places = Self.places(of: offsets, in: scalar.text)
        let escaped: Bool
        switch scalar.style {
        case .doubleQuoted: escaped = scalar.text.utf8.contains(UInt8(ascii: "\\"))
        case .singleQuoted: escaped = scalar.text.utf8.contains(UInt8(ascii: "'"))
        default: escaped = false
        }
        return places.map { place in
            switch scalar.style {
            case .plain where place.line == 0:
                return location.advanced(byColumns: place.column)
            case .singleQuoted where place.line == 0, .doubleQuoted where place.line == 0:
                return escaped ? location : location.advanced(byColumns: 1 + place.column)
            case .literal:
                let line = location.line + 1 + place.line
                return SourceLocation(file: location.file, line: line, column: indentation(ofLine: line) + 1 + place.column)
            default:
                return location
            }
        }
    }

    /// For each offset (clamped to the text), the number of line breaks before it and its
    /// column in its line, counted in code points.
    private static func places(of offsets: [Int], in text: String) -> [(line: Int, column: Int)] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var places = [(line: Int, column: Int)](repeating: (0, 0), count: offsets.count)
        var next = 0
        var index = 0
        var line = 0
        var lineStart = 0
        func settle(upTo limit: Int) {
            while next < order.count, offsets[order[next]] <= limit {
                places[order[next]] = (line, index - lineStart)
                next += 1
            }
        }
        for scalar in text.unicodeScalars {
            settle(upTo: index)
            guard next < order.count else { return places }
            index += 1
            if scalar == "\n" {
                line += 1
                lineStart = index
            }
        }
        settle(upTo: Int.max)
        return places
    }

    /// The leading spaces of line `line` (1-based) of the file; 0 past its end.
    private mutating func indentation(ofLine line: Int) -> Int {
        if indentations == nil { indentations = Self.indentations(of: source) }
        guard let indentations, line >= 1, line <= indentations.count else { return 0 }
        return indentations[line - 1]
    }

    /// The leading spaces of every line of `text`.
    private static func indentations(of text: String) -> [Int] {
        var indentations: [Int] = []
        var spaces = 0
        var counting = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                indentations.append(spaces)
                spaces = 0
                counting = true
            } else if counting, byte == UInt8(ascii: " ") {
                spaces += 1
            } else {
                counting = false
            }
        }
        indentations.append(spaces)
        return indentations
    }
}
