/// Where a step leads: a step of the same playbook (`contact-host`), another playbook's
/// start (`playbook:account-recovery`), or a step of another playbook
/// (`playbook:account-recovery#enable-2fa`).
public struct StepTarget: Hashable, Sendable {
    /// The other playbook's id, or nil for a step of the same playbook.
    public var playbook: String?
    /// The step's id; nil means the other playbook's start.
    public var step: String?
    /// Where the target is written.
    public var location: SourceLocation

    /// Creates a target.
    public init(playbook: String?, step: String?, location: SourceLocation) {
        self.playbook = playbook
        self.step = step
        self.location = location
    }

    /// Reads the written form; nil when it is malformed.
    public init?(parsing text: String, at location: SourceLocation) {
        self.location = location
        let prefix = "playbook:"
        guard text.hasPrefix(prefix) else {
            guard Identifier.isValid(text) else { return nil }
            playbook = nil
            step = text
            return
        }
        let rest = text.dropFirst(prefix.count)
        let parts = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard Identifier.isValid(parts[0]) else { return nil }
        playbook = parts[0]
        if parts.count == 2 {
            guard Identifier.isValid(parts[1]) else { return nil }
            step = parts[1]
        } else {
            step = nil
        }
    }

    /// The written form.
    public var text: String {
        guard let playbook else { return step ?? "" }
        return "playbook:\(playbook)" + (step.map { "#\($0)" } ?? "")
    }
}
