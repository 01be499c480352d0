/// Whether the playbooks a saved session ran through changed since.
public enum VersionCheck: Hashable, Sendable {
    /// Every pinned playbook has the same content.
    case unchanged
    /// These playbooks changed, but every step the session visited still exists, so it
    /// can continue on the new version.
    case changed([String])
    /// A step the session visited is gone (or its playbook is), so it cannot continue as is.
    case broken(Position)
}

extension Engine {
    /// Compares the session's pins with the playbooks as they are now.
    public func checkVersions(of state: SessionState) -> VersionCheck {
        let visited = state.path.map(\.position) + [state.position]
        for position in visited where playbooks[position.playbook]?.step(position.step) == nil {
            return .broken(position)
        }
        let changed = state.pins.keys.sorted().filter { playbooks[$0]?.contentHash != state.pins[$0] }
        return changed.isEmpty ? .unchanged : .changed(changed)
    }

    /// The session carried over to the current playbooks: replayed from its log, so
    /// everything is recomputed by the new version, and pinned to it.
    public func migrate(_ state: SessionState) throws(EngineError) -> SessionState {
        if case .broken(let position) = checkVersions(of: state) { throw .unknownStep(position) }
        return try replay(state)
    }
}
