/// The result of one engine move: the new state and what the driver should do or show.
public struct Transition: Hashable, Sendable {
    /// The new state.
    public var state: SessionState
    /// What happened on the way, in order.
    public var effects: [Effect]
}

/// Something a driver should carry out or show after a move.
public enum Effect: Hashable, Sendable {
    /// A playbook was entered (the first, or by a jump).
    case enteredPlaybook(String)
    /// The current step is an action: ask `Engine.awaiting` for the request, run it,
    /// and apply `.actionCompleted` with its result.
    case actionNeeded(Position)
    /// The session ended.
    case finished(Outcome)
}

/// What the current step needs.
public enum Awaiting: Hashable, Sendable {
    case question(Step, StepKind.Question)
    case input(Step, StepKind.Input)
    case information(Step)
    case checklist(Step, StepKind.Checklist)
    /// Run this action and apply its result.
    case action(Step, ActionRequest)
    case finished(Outcome)
}
