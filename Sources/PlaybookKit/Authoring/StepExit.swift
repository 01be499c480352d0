/// One way out of a step with what decides it: the labelled edges of the decision tree.
/// Graphs label their arrows with it, `playbook explain` states it, and test coverage
/// counts the exits that are real choices (options and routes).
public struct StepExit: Hashable, Sendable {
    /// What makes a person leave the step by this exit.
    public enum Condition: Hashable, Sendable {
        /// This option of a single-choice question was picked.
        case option(label: String, value: String)
        /// Any options of a multiple-choice question were picked.
        case choice
        /// An answer of this type was typed.
        case input(InputType)
        /// The information was read.
        case read
        /// The checklist was reported.
        case checklist
        /// The action ran.
        case action(String)
        /// The route's condition (as written) held, and no earlier one did.
        case route(String)
        /// None of the routes' conditions (as written) held.
        case otherwise([String])

        /// Whether the exit is one branch among others, counted by test coverage.
        public var isBranch: Bool {
            switch self {
            case .option, .route, .otherwise: return true
            case .choice, .input, .read, .checklist, .action: return false
            }
        }

        /// A short label for a graph's arrow; nil where the way on needs no label.
        public var label: String? {
            switch self {
            case .option(let label, _): return label
            case .route(let source): return source
            case .otherwise: return "otherwise"
            case .choice, .input, .read, .checklist, .action: return nil
            }
        }

        /// A sentence fragment a person can follow, e.g. `chose “Yes” (yes)`.
        public var explanation: String {
            switch self {
            case .option(let label, let value):
                return label == value ? "chose “\(label)”" : "chose “\(label)” (\(value))"
            case .choice: return "chose any options"
            case .input(let type): return "typed an answer (\(type.rawValue))"
            case .read: return "read on"
            case .checklist: return "reported the checklist"
            case .action(let id): return "ran \(id)"
            case .route(let source): return "when \(source)"
            case .otherwise(let sources):
                return sources.isEmpty ? "otherwise" : "otherwise (none held: " + sources.joined(separator: "; ") + ")"
            }
        }
    }

    /// Where the exit leads.
    public var target: StepTarget
    /// What decides it.
    public var condition: Condition
    /// Its position among the step's exits (an option's or a route's index; `otherwise`
    /// comes after the routes), naming a branch for coverage.
    public var index: Int

    /// Creates an exit.
    public init(target: StepTarget, condition: Condition, index: Int) {
        self.target = target
        self.condition = condition
        self.index = index
    }
}

extension Step {
    /// The step's ways out, in the order written; an end has none.
    public var exits: [StepExit] {
        switch kind {
        case .question(let question):
            if question.multiple {
                return question.next.map { [StepExit(target: $0, condition: .choice, index: 0)] } ?? []
            }
            return question.options.enumerated().compactMap { index, option in
                option.next.map { StepExit(target: $0, condition: .option(label: option.label, value: option.value), index: index) }
            }
        case .input(let input):
            return [StepExit(target: input.next, condition: .input(input.type), index: 0)]
        case .information(let next):
            return [StepExit(target: next, condition: .read, index: 0)]
        case .checklist(let checklist):
            return [StepExit(target: checklist.next, condition: .checklist, index: 0)]
        case .action(let call):
            return [StepExit(target: call.next, condition: .action(call.action), index: 0)]
        case .routing(let routing):
            let routes = routing.routes.enumerated().map { index, route in
                StepExit(target: route.next, condition: .route(route.source), index: index)
            }
            let otherwise = StepExit(target: routing.otherwise, condition: .otherwise(routing.routes.map(\.source)), index: routing.routes.count)
            return routes + [otherwise]
        case .end:
            return []
        }
    }
}
