/// "Why am I here": the answers and route conditions that led to the current step,
/// oldest first, each as a sentence a person can follow.
public struct Explanation: Hashable, Sendable {
    /// One reason.
    public struct Reason: Hashable, Sendable {
        /// The step it concerns.
        public var position: Position
        /// What happened there.
        public var text: String
    }

    /// The reasons, oldest first.
    public var reasons: [Reason]
}

extension Engine {
    /// Explains how the session reached its current step.
    public func explain(_ state: SessionState) -> Explanation {
        var reasons: [Explanation.Reason] = []
        var playbook = state.entry
        for entry in state.path + [PathEntry(position: state.position, reason: .current)] {
            if entry.position.playbook != playbook {
                let title = playbooks[entry.position.playbook]?.title ?? entry.position.playbook
                reasons.append(.init(position: entry.position, text: "This led into the playbook “\(title)”."))
                playbook = entry.position.playbook
            }
            guard let step = playbooks[entry.position.playbook]?.step(entry.position.step) else { continue }
            switch entry.reason {
            case .answered(let answer):
                let question: String
                switch step.kind {
                case .question(let q): question = render(q.ask, in: state)
                case .input(let i): question = render(i.ask, in: state)
                default: question = "the checklist"
                }
                reasons.append(.init(position: entry.position, text: "To “\(question)” you answered “\(answer)”."))
            case .routed(let condition):
                let text = condition.map { "The condition “\($0)” held." } ?? "None of the conditions at step '\(step.id)' held, so the usual way was taken."
                reasons.append(.init(position: entry.position, text: text))
            case .actionRan(let action):
                reasons.append(.init(position: entry.position, text: "The action '\(action)' ran and its results were used."))
            case .acknowledged, .current:
                continue
            }
        }
        return Explanation(reasons: reasons)
    }
}
