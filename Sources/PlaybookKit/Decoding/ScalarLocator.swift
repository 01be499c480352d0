/// Finds where a character inside a scalar stands in the file, so that an error in an
/// expression points at its exact column. Exact for single-line plain and quoted
/// scalars and for literal blocks; for folded or multi-line quoted text, where YAML
/// rewrites line breaks, it points at the start of the line the text begins on.
struct ScalarLocator {
    /// The file's text, searched only when a block scalar's indentation is needed.
    let source: String

    /// Creates a locator over the file's text.
    init(source: String) {
        self.source = source
    }

    /// The location of the code point at `offset` in `scalar`, which starts at `location`.
    func location(of offset: Int, in scalar: YAMLScalar, at location: SourceLocation) -> SourceLocation {
        let text = Array(scalar.text.unicodeScalars)
        let clamped = min(max(offset, 0), text.count)
        let lineBreaks = text[..<clamped].filter { $0 == "\n" }.count
        switch scalar.style {
        case .plain where lineBreaks == 0:
            return location.advanced(byColumns: clamped)
        case .singleQuoted where lineBreaks == 0, .doubleQuoted where lineBreaks == 0:
            let escaped = scalar.style == .doubleQuoted ? scalar.text.utf8.contains(UInt8(ascii: "\\")) : scalar.text.utf8.contains(UInt8(ascii: "'"))
            guard !escaped else { return location }
            return location.advanced(byColumns: 1 + clamped)
        case .literal:
            let lastBreak = text[..<clamped].lastIndex(of: "\n")
            let columnInLine = lastBreak.map { clamped - $0 - 1 } ?? clamped
            let line = location.line + 1 + lineBreaks
            return SourceLocation(file: location.file, line: line, column: indentation(ofLine: line) + 1 + columnInLine)
        default:
            return location
        }
    }

    private func indentation(ofLine line: Int) -> Int {
        guard line >= 1 else { return 0 }
        var current = 1
        var spaces = 0
        var counting = line == 1
        for byte in source.utf8 {
            if current == line {
                guard counting, byte == UInt8(ascii: " ") else { return spaces }
                spaces += 1
            } else if byte == UInt8(ascii: "\n") {
                current += 1
                counting = current == line
            }
        }
        return spaces
    }
}
