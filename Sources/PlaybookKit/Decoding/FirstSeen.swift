/// Where each text was first seen, for duplicate checks over a list's items (option
/// values, checklist item ids). A handful of items are scanned, which is cheaper than
/// hashing every one; past `scanLimit` they are hashed, so a list of thousands stays
/// linear.
struct FirstSeen {
    private static let scanLimit = 16
    private var few: [(text: String, location: SourceLocation)] = []
    private var many: [String: SourceLocation] = [:]

    /// Where `text` was seen before, if it was; otherwise remembers it at `location`.
    mutating func record(_ text: String, at location: SourceLocation) -> SourceLocation? {
        if few.count < Self.scanLimit {
            if let earlier = few.first(where: { $0.text == text }) { return earlier.location }
            few.append((text, location))
            return nil
        }
        if many.isEmpty {
            many = Dictionary(few.map { ($0.text, $0.location) }, uniquingKeysWith: { first, _ in first })
        }
        if let earlier = many[text] { return earlier }
        many[text] = location
        return nil
    }
}
