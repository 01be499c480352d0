/// Every way from a playbook's start to one of its steps, each with what decides it at
/// every turn: "how does a person get here?" for a reviewer. Ways never go round a cycle
/// (no step twice on one way), and the search stops after `limit` ways or a bounded
/// amount of work, saying so, so that a large playbook cannot make it run for ever.
public struct PathsToStep: Hashable, Sendable {
    /// One turn on a way: leaving `step` by `exit`.
    public struct Leg: Hashable, Sendable {
        /// The step left.
        public var step: String
        /// The exit taken, with its condition.
        public var exit: StepExit
    }

    /// The step the ways lead to.
    public var target: String
    /// The ways found, each from the start to `target`, in authoring order of the exits.
    public var paths: [[Leg]]
    /// Whether every way was found; false when the search was cut short.
    public var complete: Bool

    /// Most ways listed by default.
    public static let defaultLimit = 50
    /// Most steps the search visits before it stops.
    public static let maxVisits = 200_000

    /// Finds the ways to `target` in `playbook`, at most `limit`.
    public init(to target: String, in playbook: Playbook, limit: Int = defaultLimit) {
        self.target = target
        var exits: [String: [StepExit]] = [:]
        var predecessors: [String: [String]] = [:]
        for step in playbook.steps {
            let inside = step.exits.filter { $0.target.playbook == nil && $0.target.step.flatMap(playbook.step) != nil }
            exits[step.id] = inside
            for exit in inside { predecessors[exit.target.step!, default: []].append(step.id) }
        }
        var leadsThere: Set<String> = [target]
        var queue = [target]
        while let id = queue.popLast() {
            for previous in predecessors[id] ?? [] where leadsThere.insert(previous).inserted { queue.append(previous) }
        }
        var found: [[Leg]] = []
        var complete = true
        guard playbook.step(target) != nil, leadsThere.contains(playbook.start) else {
            paths = []
            self.complete = true
            return
        }
        if playbook.start == target {
            paths = [[]]
            self.complete = true
            return
        }
        var legs: [Leg] = []
        var onPath: Set<String> = [playbook.start]
        var stack: [(step: String, next: Int)] = [(playbook.start, 0)]
        var visits = 0
        search: while let top = stack.last {
            let options = exits[top.step] ?? []
            guard top.next < options.count else {
                stack.removeLast()
                onPath.remove(top.step)
                if !legs.isEmpty { legs.removeLast() }
                continue
            }
            stack[stack.count - 1].next += 1
            let exit = options[top.next]
            let next = exit.target.step!
            guard leadsThere.contains(next), !onPath.contains(next) else { continue }
            visits += 1
            if visits > Self.maxVisits {
                complete = false
                break search
            }
            if next == target {
                guard found.count < limit else {
                    complete = false
                    break search
                }
                found.append(legs + [Leg(step: top.step, exit: exit)])
                continue
            }
            legs.append(Leg(step: top.step, exit: exit))
            onPath.insert(next)
            stack.append((next, 0))
        }
        paths = found
        self.complete = complete
    }
}
