/// A fixed-size set of small integers, one bit each, for data-flow over many steps
/// where sets of strings would spend their time hashing.
struct BitSet: Equatable {
    private var words: [UInt64]

    /// The set of `0..<count`, all of it or none of it.
    init(count: Int, filled: Bool) {
        words = [UInt64](repeating: filled ? ~0 : 0, count: (count + 63) / 64)
    }

    mutating func insert(_ member: Int) {
        words[member / 64] |= 1 << UInt64(member % 64)
    }

    func contains(_ member: Int) -> Bool {
        words[member / 64] & (1 << UInt64(member % 64)) != 0
    }

    mutating func formIntersection(_ other: BitSet) {
        for index in words.indices { words[index] &= other.words[index] }
    }
}
