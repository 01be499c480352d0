import PlaybookKit

/// A five-question wellbeing self-check and its rubric (see docs/facets/care.md). It is
/// not a clinical instrument and diagnoses nothing: it turns a few honest answers into a
/// kind next step. Every answer runs from 0 (as usual, fine) to 3 (very hard).
public struct WellbeingCheckIn: Hashable, Sendable {
    /// The questions' parameter names, in the order they are asked.
    public static let items = ["sleep", "eating", "safety", "overwhelm", "support"]
    /// Highest score that is still `steady`.
    public static let steadyUpTo = 4
    /// Highest score that is still `strained`; above it is `overloaded`.
    public static let strainedUpTo = 9
    /// The `safety` answer meaning "I am not physically safe right now".
    public static let unsafeNow = 3

    /// Answers by item name, each 0 to 3.
    public var answers: [String: Int]

    /// Creates a check-in from answers that are already checked to be 0 to 3.
    public init(answers: [String: Int]) {
        self.answers = answers
    }

    /// The sum of the answers, 0 to 15.
    public var score: Int {
        WellbeingCheckIn.items.reduce(0) { $0 + (answers[$1] ?? 0) }
    }

    /// Whether the person said they are not physically safe now; this outranks the score.
    public var safetyFirst: Bool {
        answers["safety"] == WellbeingCheckIn.unsafeNow
    }

    /// The level: by score bands, and never `steady` when any answer is 3, since one
    /// very hard area (no sleep at all) is enough to need support.
    public var level: WellbeingLevel {
        let byScore: WellbeingLevel =
            score <= WellbeingCheckIn.steadyUpTo ? .steady : score <= WellbeingCheckIn.strainedUpTo ? .strained : .overloaded
        if byScore == .steady, answers.values.contains(3) { return .strained }
        return byScore
    }

    /// Responder directory service keys to offer: physical security first when the
    /// person is unsafe, psycho-social support when overloaded.
    public var referrals: [String] {
        (safetyFirst ? ["physical_security"] : []) + (level == .overloaded ? ["psychosocial"] : [])
    }

    /// The next step, in plain and kind words, in English.
    public var suggestion: String {
        suggestion(in: CareFacet().englishText)
    }

    /// The next step in `text`'s language: physical safety first when the person is not
    /// safe, then what the level calls for.
    public func suggestion(in text: FacetText) -> String {
        let forLevel = text("check-in.\(level.rawValue)")
        guard safetyFirst else { return forLevel }
        let safety = text("check-in.safety-first")
        return level == .overloaded ? text("check-in.once-safe", safety, forLevel) : safety
    }
}
