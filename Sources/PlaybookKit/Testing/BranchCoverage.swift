/// Which branches of one playbook the test cases took: every option of a single-choice
/// question and every route (and `otherwise`) of a routing step. A branch no case takes
/// is a way through the playbook nobody has checked.
public struct BranchCoverage: Hashable, Sendable {
    /// One branch.
    public struct Branch: Hashable, Sendable {
        /// The step it leaves.
        public var step: String
        /// The exit it is.
        public var exit: StepExit
        /// Where it is written: the option, the route's condition, or `otherwise`'s target.
        public var location: SourceLocation

        /// `step: chose “Label” (value)`, `step: when condition` or `step: otherwise`.
        public var description: String {
            if case .otherwise = exit.condition { return "\(step): otherwise" }
            return "\(step): \(exit.condition.explanation)"
        }
    }

    /// The playbook.
    public let playbook: Playbook
    /// Its branches, in authoring order.
    public let branches: [Branch]
    /// The branches taken so far.
    public private(set) var taken: Set<Branch> = []

    /// Counts the branches of `playbook`, none taken yet.
    public init(_ playbook: Playbook) {
        self.playbook = playbook
        branches = playbook.steps.flatMap { step -> [Branch] in
            step.exits.filter(\.condition.isBranch).map { exit in
                Branch(step: step.id, exit: exit, location: Self.location(of: exit, in: step))
            }
        }
    }

    /// Marks the branches of this playbook that `state` took.
    public mutating func record(_ state: SessionState) {
        let id = playbook.id
        for logged in state.log where logged.position.playbook == id {
            guard case .choose(let values) = logged.input, let step = playbook.step(logged.position.step),
                case .question(let question) = step.kind, !question.multiple,
                let options = try? AnswerParser.options(values, for: question, step: step.id),
                let index = question.options.firstIndex(of: options[0])
            else { continue }
            mark(step: step.id, index: index)
        }
        for entry in state.path where entry.position.playbook == id {
            guard case .routed(let condition) = entry.reason, let step = playbook.step(entry.position.step),
                case .routing(let routing) = step.kind
            else { continue }
            let index = condition.flatMap { source in routing.routes.firstIndex { $0.source == source } } ?? routing.routes.count
            mark(step: step.id, index: index)
        }
    }

    /// The branches no run took, in authoring order.
    public var untaken: [Branch] {
        branches.filter { !taken.contains($0) }
    }

    /// The whole percentage of branches taken, rounded down so that 100 means all; a
    /// playbook without branches is fully covered.
    public var percent: Int {
        branches.isEmpty ? 100 : taken.count * 100 / branches.count
    }

    private mutating func mark(step: String, index: Int) {
        if let branch = branches.first(where: { $0.step == step && $0.exit.index == index }) {
            taken.insert(branch)
        }
    }

    private static func location(of exit: StepExit, in step: Step) -> SourceLocation {
        switch (step.kind, exit.condition) {
        case (.question(let question), .option):
            return question.options[exit.index].location
        case (.routing(let routing), .route):
            return routing.routes[exit.index].conditionLocation
        default:
            return exit.target.location
        }
    }
}
