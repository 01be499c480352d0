/// How a path ends; graphs colour ends by it and reports lead with it.
public enum EndOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    /// The person has done what was needed.
    case resolved
    /// The person should contact an organisation (see `refer`).
    case referred
    /// The situation needs urgent help beyond this playbook.
    case escalated
    /// Nothing more to do now; watch for signs and come back.
    case monitoring
}
