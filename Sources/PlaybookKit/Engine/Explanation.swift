/// "Why am I here": what the person did that led to the current step, oldest first, in
/// terms a person under stress follows: the questions they answered, the checklists they
/// went through, what a check by the tool found when the way depended on it, and the parts
/// of the response they were led into. How the playbook routed on those answers (its
/// conditions) and the actions' names are for its authors (`playbook explain`).
public struct Explanation: Hashable, Sendable {
    /// One reason, to be put into words in the run's language.
    public enum Reason: Hashable, Sendable {
        /// The person answered `question` with `answer` (as they read it).
        case answered(Position, question: String, answer: String)
        /// The person went through a checklist, `done` of its `total` items done.
        case checklist(Position, done: Int, total: Int)
        /// The session went into the playbook titled `title`.
        case entered(Position, title: String)
        /// A check the tool ran found `message` (the action's own words, in the run's
        /// language), and the way went on from what it found.
        case found(Position, message: String)
    }

    /// The reasons, oldest first.
    public var reasons: [Reason]
}

extension Engine {
    /// Explains how the session reached its current step.
    public func explain(_ state: SessionState) -> Explanation {
        var reasons: [Explanation.Reason] = []
        var playbook = state.entry
        let entries = state.path + [PathEntry(position: state.position, reason: .current)]
        for (index, entry) in entries.enumerated() {
            if entry.position.playbook != playbook {
                reasons.append(.entered(entry.position, title: playbooks[entry.position.playbook]?.title ?? entry.position.playbook))
                playbook = entry.position.playbook
            }
            if case .actionRan = entry.reason,
                let message = decidingMessage(of: entry.position, later: entries[(index + 1)...], in: state)
            {
                reasons.append(.found(entry.position, message: message))
                continue
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

    /// What the action at `position` told the person, when a later route of the same
    /// playbook chose its way by the action's outputs; nil when nothing depended on it or
    /// it said nothing.
    private func decidingMessage(of position: Position, later: ArraySlice<PathEntry>, in state: SessionState) -> String? {
        let read = later.contains { entry in
            guard entry.position.playbook == position.playbook, case .routed(let condition?) = entry.reason else { return false }
            return Self.condition(condition, reads: position.step)
        }
        guard read, let record = state.actions.last(where: { $0.step == position.step }) else { return nil }
        let message = record.result.messages.first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        return message.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Whether `condition` reads an output of step `step` (`step.output`).
    static func condition(_ condition: String, reads step: String) -> Bool {
        var searchFrom = condition.startIndex
        while let range = condition.range(of: step + ".", range: searchFrom..<condition.endIndex) {
            let before = range.lowerBound == condition.startIndex ? nil : condition[condition.index(before: range.lowerBound)]
            if before.map({ !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) ?? true { return true }
            searchFrom = range.upperBound
        }
        return false
    }
}
