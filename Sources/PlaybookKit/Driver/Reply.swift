/// What a front end gives the session driver in answer to a `Prompt`. What a person typed
/// goes in as `.typed` and is mapped to an answer by the driver alone (numbers, labels,
/// option values, yes and no, checklist and consent choices), so every front end reads
/// answers the same way.
public enum Reply: Hashable, Sendable {
    /// What the person typed at the prompt: an option's number (several, separated by
    /// commas, where several fit), label or value; a typed answer; 1, 2 or 3 for a
    /// checklist item (done, not yet, does not apply); 1 or 2 for consent or a failed action.
    case typed(String)
    /// Options given by value, label or number, as an answers file lists them.
    case options([String])
    /// A whole checklist at once, as an answers file gives it.
    case checklist([String: ChecklistStatus])
    /// Keep the earlier answer shown with the prompt.
    case keep
    /// Go on from a step that only shows text.
    case acknowledge
    /// A note on the current step (on a checklist, on its current item).
    case note(String)
    /// Back one step, or one item inside a checklist.
    case back
    /// The answer to a consent prompt.
    case consent(Bool)
}
