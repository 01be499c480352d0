/// How soon and how much help is needed, from a triage score.
enum TriagePriority: String, Hashable, Sendable, CaseIterable {
    case critical, high, medium, low

    /// The lowest score of each level below critical.
    static let highScore = 40
    static let mediumScore = 20
    /// A score this high is critical even without physical danger or detention.
    static let criticalScore = 70

    /// The priority for `score`; physical danger or detention is always critical.
    init(score: Int, physicalSafety: Bool) {
        if physicalSafety || score >= TriagePriority.criticalScore {
            self = .critical
        } else if score >= TriagePriority.highScore {
            self = .high
        } else if score >= TriagePriority.mediumScore {
            self = .medium
        } else {
            self = .low
        }
    }
}
