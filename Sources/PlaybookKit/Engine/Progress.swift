/// How far a session has come and how far it may still go, for a progress line. Counted
/// within the part of the response the session is in (the current playbook), so that
/// moving into a new part restarts the count, visibly, at step 1 of that part; within a
/// part the number of steps left never grows as the person goes on.
public struct Progress: Hashable, Sendable {
    /// Steps the person has answered or read so far, in the whole session.
    public var stepsDone: Int
    /// Steps on the longest way from the current step to an end of its playbook, counting
    /// the current step; an estimate, since the way taken depends on the answers still to
    /// come. It does not grow while the session goes on in the same playbook.
    public var stepsLeftAtMost: Int
    /// Steps the person has answered or read since the session came into the current
    /// playbook: the current step is step `stepsDoneInPart + 1` of this part.
    public var stepsDoneInPart: Int = 0

    /// Progress with these counts.
    public init(stepsDone: Int, stepsLeftAtMost: Int, stepsDoneInPart: Int = 0) {
        self.stepsDone = stepsDone
        self.stepsLeftAtMost = stepsLeftAtMost
        self.stepsDoneInPart = stepsDoneInPart
    }
}

extension Engine {
    /// The session's progress.
    public func progress(of state: SessionState) -> Progress {
        let done = state.log.filter(\.input.isPersonInput).count
        let part = state.path.reversed().prefix { $0.position.playbook == state.position.playbook }.reversed()
        let doneInPart = part.filter(\.reason.isPersonInput).count
        guard state.outcome == nil, let playbook = playbooks[state.position.playbook] else {
            return Progress(stepsDone: done, stepsLeftAtMost: 0, stepsDoneInPart: doneInPart)
        }
        // Each step passed in this part bounds what is left: its own longest way, less the
        // steps asked since. The smallest bound holds, so the count never goes up.
        var left = longestWay(from: state.position.step, in: playbook)
        var askedSince = 0
        for entry in part.reversed() {
            if Self.asks(playbook.step(entry.position.step)) { askedSince += 1 }
            left = min(left, longestWay(from: entry.position.step, in: playbook) - askedSince)
        }
        let floor = Self.asks(playbook.step(state.position.step)) ? 1 : 0
        return Progress(stepsDone: done, stepsLeftAtMost: max(left, floor), stepsDoneInPart: doneInPart)
    }

    /// Whether `step` asks something of the person (a question, an input, text to read or
    /// a checklist).
    static func asks(_ step: Step?) -> Bool {
        switch step?.kind {
        case .question, .input, .information, .checklist: return true
        default: return false
        }
    }

    /// The number of steps that ask something on the longest way from `start` to an end
    /// or a jump, counting `start` itself; edges that close a cycle are ignored. Iterative,
    /// so a playbook of any size cannot exhaust the stack.
    func longestWay(from start: String, in playbook: Playbook) -> Int {
        var memo: [String: Int] = [:]
        var onPath: Set<String> = [start]
        var stack: [(id: String, next: Int)] = [(start, 0)]
        func successors(_ id: String) -> [String] {
            playbook.step(id)?.targets.filter { $0.playbook == nil }.compactMap(\.step) ?? []
        }
        while let top = stack.last {
            let children = successors(top.id)
            if top.next < children.count {
                stack[stack.count - 1].next += 1
                let child = children[top.next]
                if memo[child] == nil, playbook.step(child) != nil, onPath.insert(child).inserted {
                    stack.append((child, 0))
                }
                continue
            }
            stack.removeLast()
            onPath.remove(top.id)
            let asks: Int
            switch playbook.step(top.id)?.kind {
            case .question, .input, .information, .checklist: asks = 1
            default: asks = 0
            }
            memo[top.id] = asks + (children.compactMap { memo[$0] }.max() ?? 0)
        }
        return memo[start] ?? 0
    }
}

extension PathEntry.Reason {
    /// Whether the person left the step by answering or reading it.
    fileprivate var isPersonInput: Bool {
        switch self {
        case .answered, .acknowledged: return true
        case .routed, .actionRan, .current: return false
        }
    }
}
