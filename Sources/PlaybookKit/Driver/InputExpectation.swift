extension Engine {
    /// The form an action of the same playbook will need the answer to the input step at
    /// `position` in: when an action step passes that answer on as a date, a web address,
    /// a number or a file (`with: {path: "{{ evidence }}"}`), the answer is checked as it is
    /// typed, at that step, rather than refused two steps later when the action runs.
    /// Nil when no action takes the answer in a checked form.
    public func expectedForm(of position: Position) -> ValueType? {
        guard let playbook = playbooks[position.playbook] else { return nil }
        for step in playbook.steps {
            guard case .action(let call) = step.kind, let descriptor = registry.action(call.action)?.action else { continue }
            for argument in call.arguments {
                guard case .template(let text) = argument.content, text.template.parts.count == 1,
                    case .expression(.reference(let reference), _) = text.template.parts[0],
                    reference.path == [position.step],
                    let declared = descriptor.parameter(named: argument.name)?.type,
                    [.date, .url, .number, .file].contains(declared)
                else { continue }
                return declared
            }
        }
        return nil
    }
}
