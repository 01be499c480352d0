/// Finds where a character inside a scalar stands in the file, so that an error in an
/// expression points at its exact column. Exact for single-line plain and quoted
/// scalars and for literal blocks; for folded or multi-line quoted text, where YAML
/// rewrites line breaks, it points at the start of the line the text begins on.
struct ScalarLocator {
    /// The file's lines, to find a block scalar's indentation.
    let lines: [Substring]

    /// Creates a locator over the file's text.
    init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
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
            guard !scalar.text.contains("\\"), !scalar.text.contains("''") else { return location }
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
        guard line - 1 < lines.count, line >= 1 else { return 0 }
        return lines[line - 1].prefix { $0 == " " }.count
    }
}
