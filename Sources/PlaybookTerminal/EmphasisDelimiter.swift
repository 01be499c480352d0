/// A run of `*` or `_` that may open or close emphasis, and what it became once runs
/// were paired: CommonMark's delimiter algorithm, linear in the number of runs.
struct EmphasisDelimiter {
    /// `*` or `_`.
    let character: Character
    /// The run's length as written.
    let length: Int
    /// Whether it may start emphasis (left-flanking, and for `_` not inside a word).
    let canOpen: Bool
    /// Whether it may end emphasis.
    let canClose: Bool
    /// Characters not used for emphasis, shown as written.
    private(set) var remaining: Int
    /// Emphasis ended here, innermost first; `true` for strong.
    private(set) var closes: [Bool] = []
    /// Emphasis started here, innermost first; `true` for strong.
    private(set) var opens: [Bool] = []

    /// The run of `length` `character`s between `before` and `after` (nil at the text's
    /// start or end).
    init(character: Character, length: Int, before: Character?, after: Character?) {
        self.character = character
        self.length = length
        remaining = length
        let spaceBefore = before.map(\.isWhitespace) ?? true
        let spaceAfter = after.map(\.isWhitespace) ?? true
        let punctuationBefore = before.map(Self.isPunctuation) ?? false
        let punctuationAfter = after.map(Self.isPunctuation) ?? false
        let leftFlanking = !spaceAfter && (!punctuationAfter || spaceBefore || punctuationBefore)
        let rightFlanking = !spaceBefore && (!punctuationBefore || spaceAfter || punctuationAfter)
        if character == "_" {
            canOpen = leftFlanking && (!rightFlanking || punctuationBefore)
            canClose = rightFlanking && (!leftFlanking || punctuationAfter)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
    }

    private static func isPunctuation(_ character: Character) -> Bool {
        character.isPunctuation || character.isSymbol
    }

    /// Pairs openers with closers in `runs` (in text order), recording on each run the
    /// emphasis it starts or ends and how many of its characters are left as text.
    static func resolve(_ runs: inout [EmphasisDelimiter]) {
        // A doubly linked list of the runs still able to pair, so runs enclosed by a
        // pair leave it in constant time.
        var previous = runs.indices.map { $0 - 1 }
        var next = runs.indices.map { $0 + 1 == runs.count ? -1 : $0 + 1 }
        func unlink(_ index: Int) {
            if previous[index] >= 0 { next[previous[index]] = next[index] }
            if next[index] >= 0 { previous[next[index]] = previous[index] }
        }
        // Per kind of closer, the run at or below which a search already found no opener.
        var bottoms: [String: Int] = [:]
        var closer = runs.isEmpty ? -1 : 0
        while closer >= 0 {
            let closing = runs[closer]
            guard closing.canClose else {
                closer = next[closer]
                continue
            }
            let kind = "\(closing.character)\(closing.canOpen)\(closing.length % 3)"
            let bottom = bottoms[kind] ?? -1
            var opener = previous[closer]
            while opener > bottom, !runs[opener].pairs(with: closing) {
                opener = previous[opener]
            }
            guard opener > bottom else {
                bottoms[kind] = previous[closer]
                let following = next[closer]
                if !closing.canOpen { unlink(closer) }
                closer = following
                continue
            }
            let strong = runs[opener].remaining >= 2 && closing.remaining >= 2
            let used = strong ? 2 : 1
            runs[opener].remaining -= used
            runs[opener].opens.append(strong)
            runs[closer].remaining -= used
            runs[closer].closes.append(strong)
            next[opener] = closer
            previous[closer] = opener
            if runs[opener].remaining == 0 { unlink(opener) }
            if runs[closer].remaining == 0 {
                let following = next[closer]
                unlink(closer)
                closer = following
            }
        }
    }

    /// Whether this run can open emphasis that `closer` ends.
    private func pairs(with closer: EmphasisDelimiter) -> Bool {
        guard character == closer.character, canOpen, remaining > 0 else { return false }
        guard canClose || closer.canOpen else { return true }
        let sum = length + closer.length
        return sum % 3 != 0 || (length % 3 == 0 && closer.length % 3 == 0)
    }
}
