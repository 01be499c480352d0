/// What a test run did, in the terms of a test file: the path with `<playbook>#<step>`
/// for steps outside the playbook under test, the end, and the checklist items offered.
struct TestRunReport {
    /// The playbook under test.
    let playbook: String
    /// The steps visited, in order, including the one the run stopped at.
    let path: [String]
    /// The end step reached, written like a path entry.
    let end: String?
    /// How the run ended.
    let outcome: Outcome?
    /// The ids of the checklist items offered, in order.
    let checklistItems: [String]
    /// The ids of the organisations shown for the end, best first.
    let referrals: [String]

    init(state: SessionState, playbook: String, playbooks: [String: Playbook], referrals: [String] = []) {
        self.playbook = playbook
        self.referrals = referrals
        var positions = state.path.map(\.position)
        if state.outcome == nil { positions.append(state.position) }
        func name(_ position: Position) -> String {
            position.playbook == playbook ? position.step : position.description
        }
        path = positions.map(name)
        end = state.outcome.map { name($0.position) }
        outcome = state.outcome
        checklistItems = positions.flatMap { position -> [String] in
            guard case .checklist(let checklist) = playbooks[position.playbook]?.step(position.step)?.kind else { return [] }
            return checklist.items.map(\.id)
        }
    }
}
