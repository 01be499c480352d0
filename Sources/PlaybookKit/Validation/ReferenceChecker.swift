/// Checks what expressions and templates refer to: the step must exist and store a
/// value, an action's field must be one of its declared outputs, and the answer should
/// have been given on every path that reaches the place that uses it.
struct ReferenceChecker {
    let playbook: Playbook
    let graph: StepGraph
    let registry: FacetRegistry

    /// One place that uses references.
    private struct Use {
        let stepID: String
        let references: [ExpressionReference]
        let locations: [SourceLocation]
        /// References that only ask whether something was answered.
        let guarded: Set<Int>
    }

    func check() -> [Diagnostic] {
        let uses = collectUses()
        let tracked = Set(uses.flatMap { $0.references.compactMap { $0.path.first } })
        let answered = graph.certainlyAnswered(tracking: tracked)
        var diagnostics: [Diagnostic] = []
        for use in uses {
            for (index, reference) in use.references.enumerated() {
                let location = use.locations[index]
                if let problem = problem(with: reference.path) {
                    diagnostics.append(Diagnostic(.error, "unknown-reference", problem, at: location))
                    continue
                }
                let first = reference.path[0]
                if first == use.stepID {
                    diagnostics.append(Diagnostic(.error, "unknown-reference", "step \(Diagnostic.quote(first)) refers to its own answer before it is given", at: location))
                } else if answered.isCertainlyAnswered(first, at: use.stepID) == false, !use.guarded.contains(index) {
                    diagnostics.append(Diagnostic(.warning, "maybe-unanswered", "\(Diagnostic.quote(first)) is not answered on every path to step \(Diagnostic.quote(use.stepID)), so it may be empty here; guard it with answered(\(first)) or route around it", at: location))
                }
            }
        }
        return diagnostics
    }

    private func problem(with path: [String]) -> String? {
        let first = path[0]
        guard let index = playbook.stepIndex(first) else {
            return "\(Diagnostic.quote(first)) is not a step of this playbook\(Suggestion.hint(for: first, in: playbook.steps.filter(\.producesValue).map(\.id)))"
        }
        guard playbook.steps[index].producesValue else {
            return "step \(Diagnostic.quote(first)) is a \(playbook.steps[index].kind.name) step and stores no answer"
        }
        if case .action(let call) = playbook.steps[index].kind {
            guard path.count <= 2 else { return "\(Diagnostic.quote(path.joined(separator: "."))) goes deeper than an action's outputs" }
            guard path.count == 2, let action = registry.action(call.action)?.action else { return nil }
            let names = action.outputs.map(\.name)
            if !names.contains(path[1]) {
                return "\(Diagnostic.quote(call.action)) has no output \(Diagnostic.quote(path[1])); its outputs are \(names.map { "\(Diagnostic.quote($0))" }.joined(separator: ", "))\(Suggestion.hint(for: path[1], in: names))"
            }
            return nil
        }
        if path.count > 1 {
            return "\(Diagnostic.quote(first)) is an answer and has no field \(Diagnostic.quote(path[1]))"
        }
        return nil
    }

    private func collectUses() -> [Use] {
        var uses: [Use] = []
        func add(_ text: TextTemplate?, in stepID: String) {
            guard let text, !text.template.isPlainText else { return }
            uses.append(Use(stepID: stepID, references: text.template.references, locations: text.referenceLocations, guarded: guardedIndexes(text.template)))
        }
        for index in playbook.steps.indices {
            let id = playbook.steps[index].id
            add(playbook.steps[index].say, in: id)
            switch playbook.steps[index].kind {
            case .question(let question): add(question.ask, in: id)
            case .input(let input): add(input.ask, in: id)
            case .routing(let routing):
                for route in routing.routes {
                    let references = route.condition.references
                    guard !references.isEmpty else { continue }
                    uses.append(Use(stepID: id, references: references, locations: route.referenceLocations, guarded: route.condition.answeredGuardIndexes))
                }
            case .action(let call):
                for argument in call.arguments { argumentTemplates(argument.content).forEach { add($0, in: id) } }
            case .information, .checklist, .end: break
            }
        }
        return uses
    }

    private func argumentTemplates(_ content: ActionArgument.Content) -> [TextTemplate] {
        switch content {
        case .literal: return []
        case .template(let text): return [text]
        case .list(let items): return items.flatMap(argumentTemplates)
        }
    }

    private func guardedIndexes(_ template: Template) -> Set<Int> {
        var result: Set<Int> = []
        var base = 0
        for part in template.parts {
            guard case .expression(let expression, _) = part else { continue }
            result.formUnion(expression.answeredGuardIndexes.map { $0 + base })
            base += expression.references.count
        }
        return result
    }
}
