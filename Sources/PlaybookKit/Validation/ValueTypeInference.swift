/// What type a value written in a playbook will have at run time, when that can be
/// known without running it: literals, text, and single references to typed answers.
struct ValueTypeInference {
    let playbook: Playbook
    let registry: FacetRegistry

    /// The type of an action argument, or nil when it cannot be known.
    func type(of content: ActionArgument.Content) -> ValueType? {
        switch content {
        case .literal(let value): return value.type
        case .list: return .list
        case .template(let text):
            guard text.template.parts.count == 1, case .expression(let expression, _) = text.template.parts[0] else {
                return .string
            }
            guard case .reference(let reference) = expression else { return nil }
            return type(ofReference: reference.path)
        }
    }

    /// The type of the answer or output a reference names, or nil when unknown.
    func type(ofReference path: [String]) -> ValueType? {
        guard let first = path.first, let step = playbook.step(first) else { return nil }
        switch (step.kind, path.count) {
        case (.question(let question), 1): return question.multiple ? .list : .string
        case (.input(let input), 1): return input.type.valueType
        case (.checklist, 1): return .list
        case (.action(let call), 2):
            return registry.action(call.action)?.action.outputs.first { $0.name == path[1] }?.type
        case (.action, 1): return .record
        default: return nil
        }
    }
}
