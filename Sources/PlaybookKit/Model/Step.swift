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
        switch kind {
        case .question(let question):
            return question.multiple ? question.next.map { [$0] } ?? [] : question.options.compactMap(\.next)
        case .input(let input): return [input.next]
        case .information(let next): return [next]
        case .checklist(let checklist): return [checklist.next]
        case .action(let action): return [action.next]
        case .routing(let routing): return routing.routes.map(\.next) + [routing.otherwise]
        case .end: return []
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
