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

    /// The next step, in plain and kind words.
    public var suggestion: String {
        let forLevel: String
        switch level {
        case .steady:
            forLevel =
                "You seem to be holding steady. Take a short pause before the next step: stand up, drink some water "
                + "and breathe out slowly a few times. Checking in with yourself again later is a good habit."
        case .strained:
            forLevel =
                "This is a lot to carry. Before going on, talk to someone you trust, a friend, a colleague or family, "
                + "even briefly, and let them take part of the load. Food, rest and short breaks matter more now, not less."
        case .overloaded:
            forLevel =
                "You are carrying more than anyone should carry alone. Talking with people whose work is supporting "
                + "defenders through times like this can really help: the organisations listed for psycho-social support "
                + "are there for that. Until then, lean on someone you trust and let what can wait, wait."
        }
        guard safetyFirst else { return forLevel }
        let safety =
            "Your physical safety comes first. If you are not safe where you are, go somewhere safer if you can and "
            + "tell someone you trust where you are. The organisations listed for physical security help defenders "
            + "plan what to do next; the rest of this playbook can wait."
        return level == .overloaded ? safety + " Once you are safe: " + forLevel : safety
    }
}
