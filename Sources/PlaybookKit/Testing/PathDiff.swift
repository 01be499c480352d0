/// A line diff of an expected and an actual path, as `diff` prints it: common steps
/// indented, expected-only steps with `-`, actual-only steps with `+`. Built on the
/// longest common subsequence, so one changed answer shows as one small hunk.
public struct PathDiff: Hashable, Sendable {
    /// One line of the diff.
    public enum Line: Hashable, Sendable {
        /// In both paths.
        case same(String)
        /// Only in the expected path.
        case expected(String)
        /// Only in the actual path.
        case actual(String)

        /// The line as printed: `  step`, `- step` or `+ step`.
        public var text: String {
            switch self {
            case .same(let step): return "  \(step)"
            case .expected(let step): return "- \(step)"
            case .actual(let step): return "+ \(step)"
            }
        }
    }

    /// The lines in order.
    public var lines: [Line]

    /// Compares `expected` with `actual`.
    public init(expected: [String], actual: [String]) {
        let (a, b) = (expected, actual)
        var common = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                common[i][j] = a[i] == b[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var lines: [Line] = []
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append(.same(a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || common[i + 1][j] >= common[i][j + 1] {
                lines.append(.expected(a[i]))
                i += 1
            } else {
                lines.append(.actual(b[j]))
                j += 1
            }
        }
        self.lines = lines
    }
}
