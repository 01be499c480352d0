/// Which answers are certainly given on every path from the start to each step, as
/// `StepGraph.certainlyAnswered(tracking:)` found them.
struct AnsweredSteps {
    let playbook: Playbook
    /// The bit of each tracked step id.
    let bitOfStep: [String: Int]
    /// By step position: the tracked answers given on every way in; nil when no path
    /// from the start reaches the step.
    let into: [BitSet?]

    /// Whether `answer` (a tracked step id) is given on every path to `step`; nil when
    /// nothing reaches `step`, so there is no path to judge.
    func isCertainlyAnswered(_ answer: String, at step: String) -> Bool? {
        guard let position = playbook.stepIndex(step), let known = into[position] else { return nil }
        return bitOfStep[answer].map(known.contains) ?? false
    }
}
