/// What a person (or a driver on their behalf) gives the current step.
public enum StepInput: Hashable, Sendable, Codable {
    /// Picks options of a question by their stored values.
    case choose([String])
    /// Types an answer to an input step, as typed; the engine checks it against the type.
    case text(String)
    /// Goes on from an information step.
    case acknowledge
    /// Reports the checklist: a status for each item (items left out stay open).
    case checklist([String: ChecklistStatus])
    /// Reports what the current action step's action gave back.
    case actionCompleted(ActionResult)
}

/// Where a checklist item stands.
public struct ChecklistStatus: Hashable, Sendable, Codable {
    /// The item's state.
    public enum State: String, Hashable, Sendable, Codable, CaseIterable {
        case done
        case notDone = "not-done"
        case notApplicable = "not-applicable"
    }

    /// The item's state.
    public var state: State
    /// What the person noted about it, if anything.
    public var note: String?

    /// Creates a status.
    public init(_ state: State, note: String? = nil) {
        self.state = state
        self.note = note
    }
}
