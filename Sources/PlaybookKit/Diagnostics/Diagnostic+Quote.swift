extension Diagnostic {
    /// The most code points of a key or value a message quotes: enough to recognise any
    /// real key, id or value, and a hostile file's 7 MB key cannot make a 7 MB message.
    public static let maxQuotedLength = 120

    /// `text` in single quotes, as every message that quotes what a file says writes it;
    /// cut to `maxQuotedLength` code points and an ellipsis when longer.
    public static func quote(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        var shown = String.UnicodeScalarView()
        var index = scalars.startIndex
        var count = 0
        while index != scalars.endIndex, count < maxQuotedLength {
            shown.append(scalars[index])
            index = scalars.index(after: index)
            count += 1
        }
        return "'" + String(shown) + (index == scalars.endIndex ? "" : "…") + "'"
    }
}
