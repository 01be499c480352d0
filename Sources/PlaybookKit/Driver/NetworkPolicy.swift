/// How a run answers an action's request to contact the network.
public enum NetworkPolicy: Hashable, Sendable {
    /// Ask the person each time (a `.consent` prompt naming the full address).
    case ask
    /// Allow without asking (`--allow-network`, for scripts).
    case allow
    /// Never contact anything (playbook tests, the trainer demo, piped runs without
    /// `--allow-network`).
    case decline
}
