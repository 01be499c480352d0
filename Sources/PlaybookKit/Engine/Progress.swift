/// How far a session has come and how far it may still go, for a progress line.
public struct Progress: Hashable, Sendable {
    /// Steps the person has answered or read so far.
    public var stepsDone: Int
    /// Steps on the longest way from the current step to an end of its playbook; an
    /// estimate, since the way taken depends on the answers still to come.
    public var stepsLeftAtMost: Int
}

extension Engine {
    /// The session's progress.
    public func progress(of state: SessionState) -> Progress {
        let done = state.log.filter(\.input.isPersonInput).count
        guard state.outcome == nil, let playbook = playbooks[state.position.playbook] else {
            return Progress(stepsDone: done, stepsLeftAtMost: 0)
        }
        return Progress(stepsDone: done, stepsLeftAtMost: longestWay(from: state.position.step, in: playbook))
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
