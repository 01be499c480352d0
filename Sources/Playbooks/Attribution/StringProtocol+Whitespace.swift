extension StringProtocol where SubSequence == Substring {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<end]
    }

    /// The text with each run of spaces, tabs and line breaks made one space, trimmed.
    func collapsingSpaces() -> String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
