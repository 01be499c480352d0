/// What a session waits for from the person: the one question a front end shows and
/// answers with a `Reply`. Texts are already rendered with the session's answers.
public struct Prompt: Hashable, Sendable {
    /// What kind of reply fits.
    public enum Kind: Hashable, Sendable {
        /// Pick one option (or several, when the question allows it).
        case question(StepKind.Question)
        /// Type an answer; `expects` is the form an action will need it in, when a later
        /// action uses it (a date, a web address, a file), so it is checked now.
        case input(StepKind.Input, expects: ValueType?)
        /// Read and go on.
        case information
        /// Mark the checklist item at `item` (an index into `checklist.items`): done, not
        /// yet, or does not apply. `statuses` holds every item marked so far.
        case checklist(StepKind.Checklist, item: Int, statuses: [String: ChecklistStatus])
        /// May the action contact this address? Nothing is sent before the answer.
        case consent(ConsentRequest)
        /// The action failed; try again or go back.
        case actionFailed(ActionError)
        /// The session ended.
        case finished(Outcome)
        /// The session cannot go on (a broken playbook); the message says why.
        case broken(message: String)
    }

    /// What fits.
    public var kind: Kind
    /// The state the session is in.
    public var state: SessionState
    /// The step, when the prompt belongs to one.
    public var step: Step?
    /// The question (`ask`), rendered; nil for steps that only show text.
    public var ask: String?
    /// The earlier answer, in words, when the person came back to this step: Enter (a
    /// `.keep` reply) keeps it.
    public var previous: String?

    /// The position the prompt belongs to.
    public var position: Position { state.position }
}
