/// The steps of one playbook as a directed graph, for reachability questions. Jumps to
/// another playbook count as ways out: that playbook is checked on its own.
///
/// Steps are numbered by their position in `playbook.steps`, and every question is
/// answered in time linear in the size of the graph, so a hostile playbook of many
/// thousands of steps is linted as fast as it is read.
struct StepGraph {
    let playbook: Playbook
    /// Successor steps within the playbook, by step.
    private let successors: Adjacency
    /// Predecessor steps within the playbook, by step.
    private let predecessors: Adjacency
    /// Whether a step ends the playbook or leaves it.
    private let isExit: [Bool]
    /// Whether a path from the start reaches the step (the start included).
    private let reached: [Bool]
    /// The reached steps in reverse post-order from the start: each step before its
    /// successors, but for the edges that close a cycle.
    private let forwardOrder: [Int]
    private let start: Int?

    init(_ playbook: Playbook) {
        self.playbook = playbook
        let count = playbook.steps.count
        var edges: [(from: Int, to: Int)] = []
        edges.reserveCapacity(2 * count)
        var isExit = [Bool](repeating: false, count: count)
        // Steps are read in place (`steps[index]`), not copied out one by one: a copy of
        // a step retains every string in it, which was most of the validator's time.
        for index in playbook.steps.indices {
            if case .end = playbook.steps[index].kind { isExit[index] = true }
            playbook.steps[index].forEachTarget { target in
                if target.playbook != nil {
                    isExit[index] = true
                } else if let id = target.step, let next = playbook.stepIndex(id) {
                    edges.append((index, next))
                }
            }
        }
        successors = Adjacency(count: count, edges: edges)
        predecessors = Adjacency(count: count, edges: edges.map { ($0.to, $0.from) })
        self.isExit = isExit
        start = playbook.stepIndex(playbook.start)

        var reached = [Bool](repeating: false, count: count)
        var postOrder: [Int] = []
        if let start {
            // Depth-first with an explicit stack of (step, next successor to visit).
            reached[start] = true
            var stack = [(step: start, next: 0)]
            while let top = stack.last {
                if top.next < successors.degree(of: top.step) {
                    stack[stack.count - 1].next += 1
                    let child = successors.neighbour(top.next, of: top.step)
                    if !reached[child] {
                        reached[child] = true
                        stack.append((child, 0))
                    }
                } else {
                    postOrder.append(top.step)
                    stack.removeLast()
                }
            }
        }
        self.reached = reached
        forwardOrder = postOrder.reversed()
    }

    /// Steps no path from the start leads to, in authoring order.
    func unreachableSteps() -> [Step] {
        guard start != nil else { return [] }
        return playbook.steps.indices.filter { !reached[$0] }.map { playbook.steps[$0] }
    }

    /// Whether some end or jump can be reached from each step.
    private func canFinish() -> [Bool] {
        var finishing = isExit
        var stack = isExit.indices.filter { isExit[$0] }
        while let step = stack.popLast() {
            for previous in predecessors[step] where !finishing[previous] {
                finishing[previous] = true
                stack.append(previous)
            }
        }
        return finishing
    }

    /// Groups of reachable steps that lead only among themselves, never to an end: each
    /// group once, in authoring order. Steps that are stuck only because a `next` is
    /// missing or unknown are not reported here; those errors are reported where they are.
    func trappedCycles() -> [[Step]] {
        let finishing = canFinish()
        let steps = playbook.steps
        var reportable = steps.indices.map { reached[$0] && !finishing[$0] }
        guard reportable.contains(true) else { return [] }
        // A step whose `next` is missing or unknown is broken; anything that can reach a
        // broken step is stuck because of it, not because of a cycle.
        var stack = steps.indices.filter { index in
            reportable[index]
                && (steps[index].targets.isEmpty && !isExit[index]
                    || steps[index].targets.contains { $0.playbook == nil && $0.step.map { !playbook.hasStep($0) } == true })
        }
        for index in stack { reportable[index] = false }
        while let step = stack.popLast() {
            for previous in predecessors[step] where reportable[previous] {
                reportable[previous] = false
                stack.append(previous)
            }
        }
        let component = stronglyConnectedComponents()
        var members: [Int: [Step]] = [:]
        var order: [Int] = []
        for index in steps.indices where reportable[index] {
            let id = component[index]
            let isCycle = successors[index].contains { component[$0] == id }
            guard isCycle else { continue }
            if members[id] == nil { order.append(id) }
            members[id, default: []].append(steps[index])
        }
        return order.map { members[$0]! }
    }

    /// For every step, the number of its strongly connected component (Tarjan's
    /// algorithm, iterative, so a long chain of steps cannot exhaust the call stack).
    private func stronglyConnectedComponents() -> [Int] {
        let count = successors.count
        var component = [Int](repeating: -1, count: count)
        var order = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var pending: [Int] = []
        var visited = 0
        var components = 0
        for root in 0..<count where order[root] < 0 {
            var stack = [(step: root, next: 0)]
            order[root] = visited
            lowLink[root] = visited
            visited += 1
            pending.append(root)
            onStack[root] = true
            while let top = stack.last {
                let step = top.step
                if top.next < successors.degree(of: step) {
                    stack[stack.count - 1].next += 1
                    let child = successors.neighbour(top.next, of: step)
                    if order[child] < 0 {
                        order[child] = visited
                        lowLink[child] = visited
                        visited += 1
                        pending.append(child)
                        onStack[child] = true
                        stack.append((child, 0))
                    } else if onStack[child] {
                        lowLink[step] = min(lowLink[step], order[child])
                    }
                    continue
                }
                stack.removeLast()
                if let parent = stack.last?.step {
                    lowLink[parent] = min(lowLink[parent], lowLink[step])
                }
                guard lowLink[step] == order[step] else { continue }
                while let member = pending.popLast() {
                    onStack[member] = false
                    component[member] = components
                    if member == step { break }
                }
                components += 1
            }
        }
        return component
    }

    /// Which of `tracked` (step ids) were certainly answered on every path from the start
    /// to each reachable step: a forward must-analysis over bit sets, visiting steps in
    /// reverse post-order so that a graph without loops settles in one pass.
    func certainlyAnswered(tracking tracked: Set<String>) -> AnsweredSteps {
        let producers = tracked.compactMap { id in playbook.stepIndex(id).map { (id, $0) } }
        var bit = [Int?](repeating: nil, count: successors.count)
        for (position, producer) in producers.enumerated() { bit[producer.1] = position }
        let full = BitSet(count: producers.count, filled: true)
        var into = [BitSet?](repeating: nil, count: successors.count)
        if let start { into[start] = BitSet(count: producers.count, filled: false) }
        var changed = true
        while changed {
            changed = false
            for step in forwardOrder where step != start {
                var incoming = full
                for previous in predecessors[step] where reached[previous] {
                    // A predecessor not yet visited in this pass contributes "everything".
                    guard var out = into[previous] else { continue }
                    if let position = bit[previous] { out.insert(position) }
                    incoming.formIntersection(out)
                }
                if incoming != into[step] {
                    into[step] = incoming
                    changed = true
                }
            }
        }
        return AnsweredSteps(playbook: playbook, bitOfStep: Dictionary(uniqueKeysWithValues: producers.enumerated().map { ($1.0, $0) }), into: into)
    }
}
