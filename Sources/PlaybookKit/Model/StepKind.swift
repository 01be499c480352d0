/// The kinds of step of format v1; a step's kind follows from its keys.
public indirect enum StepKind: Hashable, Sendable {
    /// `ask` + `options`: pick one option (or several with `multiple: true`).
    case question(Question)
    /// `ask` + `input: text|number|date|url|yes-no` + `next`.
    case input(Input)
    /// `say` + `next`: information only.
    case information(next: StepTarget)
    /// `checklist` items + `next`.
    case checklist(Checklist)
    /// `action: facet.name` + `with` + `next`.
    case action(ActionCall)
    /// `route`: the first `when` that holds decides, else `otherwise`.
    case routing(Routing)
    /// `end: outcome`, optionally with services to refer to.
    case end(End)

    /// The kind's name as the format documents it.
    public var name: String {
        switch self {
        case .question: return "question"
        case .input: return "input"
        case .information: return "information"
        case .checklist: return "checklist"
        case .action: return "action"
        case .routing: return "routing"
        case .end: return "end"
        }
    }

    /// A question: `ask` and its options.
    public struct Question: Hashable, Sendable {
        /// The question (Markdown).
        public var ask: TextTemplate
        /// The options in order.
        public var options: [QuestionOption]
        /// Whether several options may be picked; then the step has one `next`.
        public var multiple: Bool
        /// Where a multiple-choice question goes on; nil for single choice.
        public var next: StepTarget?
        /// What the answer says about the person that referrals use for the rest of the
        /// session (`remember: region`), if anything.
        public var remember: ReferralProfile.Field?

        /// Creates a question.
        public init(
            ask: TextTemplate, options: [QuestionOption], multiple: Bool, next: StepTarget?,
            remember: ReferralProfile.Field? = nil
        ) {
            self.ask = ask
            self.options = options
            self.multiple = multiple
            self.next = next
            self.remember = remember
        }
    }

    /// A typed answer to type in.
    public struct Input: Hashable, Sendable {
        /// The question (Markdown).
        public var ask: TextTemplate
        /// What kind of answer is expected.
        public var type: InputType
        /// Where to go on.
        public var next: StepTarget

        /// Creates an input.
        public init(ask: TextTemplate, type: InputType, next: StepTarget) {
            self.ask = ask
            self.type = type
            self.next = next
        }
    }

    /// Things to do, ticked one by one.
    public struct Checklist: Hashable, Sendable {
        /// The items in order.
        public var items: [ChecklistItem]
        /// Where to go on.
        public var next: StepTarget

        /// Creates a checklist.
        public init(items: [ChecklistItem], next: StepTarget) {
            self.items = items
            self.next = next
        }
    }

    /// A call of a facet's action.
    public struct ActionCall: Hashable, Sendable {
        /// The full action id, `facet.name`.
        public var action: String
        /// Where the action id is written.
        public var actionLocation: SourceLocation
        /// Parameters in the order written.
        public var arguments: [ActionArgument]
        /// Where to go on.
        public var next: StepTarget

        /// Creates an action call.
        public init(action: String, actionLocation: SourceLocation, arguments: [ActionArgument], next: StepTarget) {
            self.action = action
            self.actionLocation = actionLocation
            self.arguments = arguments
            self.next = next
        }
    }

    /// Conditional branches.
    public struct Routing: Hashable, Sendable {
        /// The conditional routes in order.
        public var routes: [Route]
        /// Where to go when no condition holds.
        public var otherwise: StepTarget

        /// Creates routing.
        public init(routes: [Route], otherwise: StepTarget) {
            self.routes = routes
            self.otherwise = otherwise
        }
    }

    /// The end of a path.
    public struct End: Hashable, Sendable {
        /// How things stand: one of `EndOutcome`.
        public var outcome: EndOutcome
        /// Service keys to find organisations for in the responder directory.
        public var refer: [String]
        /// Where `refer` is written, for messages about its keys.
        public var referLocation: SourceLocation?

        /// Creates an end.
        public init(outcome: EndOutcome, refer: [String], referLocation: SourceLocation?) {
            self.outcome = outcome
            self.refer = refer
            self.referLocation = referLocation
        }
    }
}
