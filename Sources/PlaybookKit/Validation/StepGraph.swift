/// The steps of one playbook as a directed graph, for reachability questions. Jumps to
/// another playbook count as ways out: that playbook is checked on its own.
struct StepGraph {
    let playbook: Playbook
    /// Successor step ids within the playbook, by step id.
    let successors: [String: [String]]
    /// Steps that end the playbook or leave it.
    let exits: Set<String>
    /// Predecessor step ids within the playbook, by step id.
    let predecessors: [String: [String]]
    /// Steps reachable from the start, the start included.
    let reached: Set<String>

    init(_ playbook: Playbook) {
        self.playbook = playbook
        var successors: [String: [String]] = [:]
        var exits: Set<String> = []
        for step in playbook.steps {
            if case .end = step.kind { exits.insert(step.id) }
            for target in step.targets {
                if target.playbook != nil {
                    exits.insert(step.id)
                } else if let id = target.step, playbook.hasStep(id) {
                    successors[step.id, default: []].append(id)
                }
            }
        }
        self.successors = successors
        self.exits = exits
        var predecessors: [String: [String]] = [:]
        for (from, tos) in successors {
            for to in tos { predecessors[to, default: []].append(from) }
        }
        self.predecessors = predecessors
        var seen: Set<String> = []
        if playbook.hasStep(playbook.start) {
            seen.insert(playbook.start)
            var stack = [playbook.start]
            while let id = stack.popLast() {
                for next in successors[id] ?? [] where seen.insert(next).inserted {
                    stack.append(next)
                }
            }
        }
        reached = seen
    }

    /// Steps no path from the start leads to, in authoring order.
    func unreachableSteps() -> [Step] {
        guard !reached.isEmpty else { return [] }
        return playbook.steps.filter { !reached.contains($0.id) }
    }

    /// Steps from which some end or jump can be reached.
    func stepsThatCanFinish() -> Set<String> {
        var finishing = exits
        var stack = Array(exits)
        while let id = stack.popLast() {
            for previous in predecessors[id] ?? [] where finishing.insert(previous).inserted {
                stack.append(previous)
            }
        }
        return finishing
    }

    /// Groups of reachable steps that lead only among themselves, never to an end: each
    /// group once, in authoring order. Steps that are stuck only because a `next` is
    /// missing or unknown are not reported here; those errors are reported where they are.
    func trappedCycles() -> [[Step]] {
        let finishing = stepsThatCanFinish()
        guard reached.contains(where: { !finishing.contains($0) }) else { return [] }
        let brokenSteps = Set(playbook.steps.filter { step in
            step.targets.isEmpty && !exits.contains(step.id)
                || step.targets.contains { $0.playbook == nil && $0.step.map { !playbook.hasStep($0) } == true }
        }.map(\.id))
        let trapped = playbook.steps.filter { reached.contains($0.id) && !finishing.contains($0.id) }
        let trappedIDs = Set(trapped.map(\.id))
        guard !trappedIDs.isEmpty else { return [] }
        var reportable: Set<String> = trappedIDs
        var stack = Array(brokenSteps.intersection(trappedIDs))
        // Anything that can reach a broken step is stuck because of it, not because of a cycle.
        reportable.subtract(stack)
        while let id = stack.popLast() {
            for previous in predecessors[id] ?? [] where reportable.remove(previous) != nil {
                stack.append(previous)
            }
        }
        var groups: [[Step]] = []
        var covered: Set<String> = []
        for step in playbook.steps where reportable.contains(step.id) && !covered.contains(step.id) {
            let group = playbook.steps.filter { reportable.contains($0.id) && reaches(step.id, $0.id) && reaches($0.id, step.id) }
            guard !group.isEmpty else { continue }
            covered.formUnion(group.map(\.id))
            groups.append(group)
        }
        return groups
    }

    private func reaches(_ from: String, _ to: String) -> Bool {
        var seen: Set<String> = []
        var stack = successors[from] ?? []
        while let id = stack.popLast() {
            if id == to { return true }
            if seen.insert(id).inserted { stack += successors[id] ?? [] }
        }
        return false
    }

    /// For each reachable step, which of `tracked` were certainly answered on every path
    /// from the start to it (a forward must-analysis). Tracking only the steps that are
    /// referenced keeps this linear in practice, even for very large playbooks.
    func certainlyAnswered(tracking tracked: Set<String>) -> [String: Set<String>] {
        let producers = tracked
        let all = producers
        var into: [String: Set<String>] = [:]
        for id in reached { into[id] = id == playbook.start ? [] : all }
        var changed = true
        while changed {
            changed = false
            for step in playbook.steps where reached.contains(step.id) && step.id != playbook.start {
                var incoming = all
                for previous in predecessors[step.id] ?? [] where reached.contains(previous) {
                    var out = into[previous] ?? []
                    if producers.contains(previous) { out.insert(previous) }
                    incoming.formIntersection(out)
                }
                if incoming != into[step.id] {
                    into[step.id] = incoming
                    changed = true
                }
            }
        }
        return into
    }
}
