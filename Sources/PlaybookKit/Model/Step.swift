/// One step of a playbook: what it shows or asks, and where it leads.
public struct Step: Hashable, Sendable {
    /// The step's id, unique in its playbook; answers are stored under it.
    public var id: String
    /// What kind of step it is, with its kind's content.
    public var kind: StepKind
    /// Context shown before the step's question or content (Markdown, may hold `{{ }}`).
    public var say: TextTemplate?
    /// Guidance for responders only, never shown to the defender.
    public var note: String?
    /// Where the step's id is written.
    public var location: SourceLocation

    /// Creates a step.
    public init(id: String, kind: StepKind, say: TextTemplate?, note: String?, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.say = say
        self.note = note
        self.location = location
    }

    /// The steps or playbooks this step can lead to, in the order written.
    public var targets: [StepTarget] {
        var targets: [StepTarget] = []
        forEachTarget { targets.append($0) }
        return targets
    }

    /// Calls `body` with each target in the order of `targets`, without building the
    /// array: the step graph of every playbook linted walks them all.
    func forEachTarget(_ body: (StepTarget) -> Void) {
        switch kind {
        case .question(let question):
            if question.multiple {
                if let next = question.next { body(next) }
            } else {
                for option in question.options {
                    if let next = option.next { body(next) }
                }
            }
        case .input(let input): body(input.next)
        case .information(let next): body(next)
        case .checklist(let checklist): body(checklist.next)
        case .action(let action): body(action.next)
        case .routing(let routing):
            for route in routing.routes { body(route.next) }
            body(routing.otherwise)
        case .end: break
        }
    }

    /// Whether the step stores an answer or output under its id.
    public var producesValue: Bool {
        switch kind {
        case .question, .input, .checklist, .action: return true
        case .information, .routing, .end: return false
        }
    }
}
