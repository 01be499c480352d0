/// Checks a decoded playbook as a graph and against the facets: every `next` leads
/// somewhere, every step is reachable and can reach an end, every action exists and
/// gets the parameters it declares, and every expression refers to answers that exist.
public struct PlaybookValidator: Sendable {
    /// The playbooks that `playbook:<id>` targets may name.
    public var library: [String: Playbook]
    /// The facets and their actions.
    public var registry: FacetRegistry

    /// Creates a validator.
    public init(library: [String: Playbook], registry: FacetRegistry) {
        self.library = library
        self.registry = registry
    }

    /// Every finding about `playbook`.
    public func validate(_ playbook: Playbook) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if registry.facet(playbook.facet) == nil {
            diagnostics.append(Diagnostic(.error, "unknown-facet", "\(Diagnostic.quote(playbook.facet)) is not a facet; use one of \(registry.ids.joined(separator: ", "))\(Suggestion.hint(for: playbook.facet, in: registry.ids))", at: playbook.facetLocation))
        }
        if !playbook.hasStep(playbook.start) {
            diagnostics.append(Diagnostic(.error, "unknown-step", "the start step \(Diagnostic.quote(playbook.start)) does not exist\(Suggestion.hint(for: playbook.start, in: playbook.steps.map(\.id)))", at: playbook.startLocation ?? playbook.location))
        }
        for index in playbook.steps.indices {
            playbook.steps[index].forEachTarget { target in
                if let problem = check(target, in: playbook) { diagnostics.append(problem) }
            }
            if case .action(let call) = playbook.steps[index].kind {
                diagnostics += checkAction(call, in: playbook)
            }
        }
        let graph = StepGraph(playbook)
        diagnostics += graph.unreachableSteps().map {
            Diagnostic(.warning, "unreachable-step", "no path from the start leads to step \(Diagnostic.quote($0.id)); link it from another step or remove it", at: $0.location)
        }
        diagnostics += graph.trappedCycles().map { cycle in
            let names = cycle.prefix(4).map { "\(Diagnostic.quote($0.id))" }.joined(separator: ", ") + (cycle.count > 4 ? ", …" : "")
            return Diagnostic(.error, "no-way-out", "steps \(names) lead only to each other; add a way on to an end step", at: cycle[0].location)
        }
        diagnostics += ReferenceChecker(playbook: playbook, graph: graph, registry: registry).check()
        return diagnostics
    }

    /// The problem with `target`, if it leads nowhere.
    private func check(_ target: StepTarget, in playbook: Playbook) -> Diagnostic? {
        guard let other = target.playbook else {
            guard let id = target.step, !playbook.hasStep(id) else { return nil }
            return Diagnostic(.error, "unknown-step", "there is no step \(Diagnostic.quote(id)) in this playbook\(Suggestion.hint(for: id, in: playbook.steps.map(\.id)))", at: target.location)
        }
        guard let destination = library[other] else {
            return Diagnostic(.error, "unknown-playbook", "there is no playbook \(Diagnostic.quote(other)) in the library\(Suggestion.hint(for: other, in: library.keys.sorted()))", at: target.location)
        }
        if let id = target.step, !destination.hasStep(id) {
            return Diagnostic(.error, "unknown-step", "the playbook \(Diagnostic.quote(other)) has no step \(Diagnostic.quote(id))\(Suggestion.hint(for: id, in: destination.steps.map(\.id)))", at: target.location)
        }
        return nil
    }

    private func checkAction(_ call: StepKind.ActionCall, in playbook: Playbook) -> [Diagnostic] {
        guard let (_, action) = registry.action(call.action) else {
            return [Diagnostic(.error, "unknown-action", "there is no action \(Diagnostic.quote(call.action))\(Suggestion.hint(for: call.action, in: registry.actionIDs))", at: call.actionLocation)]
        }
        var diagnostics: [Diagnostic] = []
        let given = Set(call.arguments.map(\.name))
        for parameter in action.parameters where parameter.required && !given.contains(parameter.name) {
            diagnostics.append(Diagnostic(.error, "missing-parameter", "\(Diagnostic.quote(call.action)) needs the parameter \(Diagnostic.quote(parameter.name)) (\(parameter.type.description)): \(parameter.summary)", at: call.actionLocation))
        }
        for argument in call.arguments {
            guard let parameter = action.parameter(named: argument.name) else {
                let names = action.parameters.map(\.name)
                diagnostics.append(Diagnostic(.error, "unknown-parameter", "\(Diagnostic.quote(call.action)) takes no parameter \(Diagnostic.quote(argument.name)); it takes \(names.map { "\(Diagnostic.quote($0))" }.joined(separator: ", "))\(Suggestion.hint(for: argument.name, in: names))", at: argument.location))
                continue
            }
            if let type = ValueTypeInference(playbook: playbook, registry: registry).type(of: argument.content),
                !type.fits(parameter.type)
            {
                diagnostics.append(Diagnostic(.error, "parameter-type", "the parameter \(Diagnostic.quote(argument.name)) of \(Diagnostic.quote(call.action)) must be \(parameter.type.description), but this gives \(type.description)", at: argument.location))
            }
            if parameter.type == .url, case .template(let text) = argument.content, Self.buildsHost(text.template) {
                diagnostics.append(Diagnostic(.error, "answer-in-host", "the address \(Diagnostic.quote(argument.name)) puts an answer into its host name, which would send what was typed to a server the playbook chose (a DNS lookup leaks it before anything else); give the whole address as one answer ('{{ site }}'), or a fixed 'https://host/' followed by answers in the path or query", at: argument.location))
            }
        }
        return diagnostics
    }

    /// Whether a URL template fills any part of its scheme or host from a placeholder:
    /// true unless it is one placeholder alone (an address the person typed and is shown
    /// before anything is sent) or its text fixes `scheme://host` and one of `/ ? #`
    /// before the first placeholder.
    static func buildsHost(_ template: Template) -> Bool {
        guard !template.isPlainText, template.parts.count > 1 else { return false }
        guard case .text(let prefix) = template.parts[0], let scheme = prefix.range(of: "://") else { return true }
        let afterScheme = prefix[scheme.upperBound...]
        guard let end = afterScheme.firstIndex(where: { "/?#".contains($0) }) else { return true }
        return afterScheme[..<end].isEmpty
    }
}
