/// "Why am I here": what the person did that led to the current step, oldest first, in
/// terms a person under stress follows: the questions they answered, the checklists they
/// went through and the parts of the response they were led into. How the playbook routed
/// on those answers, and which actions ran, are for its authors (`playbook explain`).
public struct Explanation: Hashable, Sendable {
    /// One reason, to be put into words in the run's language.
    public enum Reason: Hashable, Sendable {
        /// The person answered `question` with `answer` (as they read it).
        case answered(Position, question: String, answer: String)
        /// The person went through a checklist, `done` of its `total` items done.
        case checklist(Position, done: Int, total: Int)
        /// The session went into the playbook titled `title`.
        case entered(Position, title: String)
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
                reasons.append(.entered(entry.position, title: playbooks[entry.position.playbook]?.title ?? entry.position.playbook))
                playbook = entry.position.playbook
            }
            guard case .answered(let answer) = entry.reason, let step = playbooks[entry.position.playbook]?.step(entry.position.step) else {
                continue
            }
            switch step.kind {
            case .question(let question):
                reasons.append(.answered(entry.position, question: render(question.ask, in: state), answer: answer))
            case .input(let input):
                reasons.append(.answered(entry.position, question: render(input.ask, in: state), answer: answer))
            case .checklist(let checklist):
                let statuses = state.checklists[entry.position.description] ?? [:]
                let done = checklist.items.filter { statuses[$0.id]?.state == .done }.count
                reasons.append(.checklist(entry.position, done: done, total: checklist.items.count))
            default:
                continue
            }
        }
        return Explanation(reasons: reasons)
    }
}
