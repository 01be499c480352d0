/// "Did you mean" hints: the closest known name to a misspelt one.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, when close enough to be a likely
    /// typo (at most a third of the word's length, and at most 3 edits).
    ///
    /// The work is bounded by the candidates, not the word: a word longer than every
    /// candidate by more than the limit is no typo of any, and each distance fills only
    /// the band of cells within the limit of the diagonal, in rows reused from candidate
    /// to candidate. A file of 400,000 unknown keys took 7 s of full tables before.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let candidates = candidates.map { Array($0.unicodeScalars) }
        guard let longest = candidates.map(\.count).max() else { return nil }
        let wordScalars = Array(word.unicodeScalars.prefix(longest + 4))
        let limit = min(3, max(1, wordScalars.count / 3))
        guard wordScalars.count <= longest + limit else { return nil }
        var rows = DistanceRows(width: longest + 1)
        var best: (index: Int, distance: Int)?
        for (index, candidate) in candidates.enumerated() {
            let distance = rows.distance(wordScalars, candidate, limit: limit)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (index, distance)
            }
        }
        return best.map { String(String.UnicodeScalarView(candidates[$0.index])) }
    }

    /// `; did you mean 'x'?` or the empty string, ready to append to a message.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean \(Diagnostic.quote($0))?" } ?? ""
    }
}

/// The three rows of the optimal string alignment table (insertions, deletions,
/// substitutions and swaps of two neighbours, since swapped letters are the commonest
/// typo) that one row needs, kept from one distance to the next so that comparing with
/// many candidates allocates once.
private struct DistanceRows {
    private var beforeLast: [Int]
    private var last: [Int]
    private var current: [Int]

    init(width: Int) {
        beforeLast = [Int](repeating: 0, count: width)
        last = beforeLast
        current = beforeLast
    }

    /// The distance of `a` and `b`, or `limit + 1` when it is more than `limit`; only the
    /// cells within `limit` of the diagonal are computed. `b` must fit the rows' width.
    mutating func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let outside = limit + 1
        for j in 0...b.count { last[j] = min(j, outside) }
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[0] = min(i, outside)
            if low > 1 { current[low - 1] = outside }
            var smallest = current[0]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(last[j] + 1, current[j - 1] + 1, last[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, beforeLast[j - 2] + 1)
                }
                value = min(value, outside)
                current[j] = value
                smallest = min(smallest, value)
            }
            if high < b.count { current[high + 1] = outside }
            if smallest > limit { return outside }
            swap(&beforeLast, &last)
            swap(&last, &current)
        }
        return last[b.count]
    }
}
