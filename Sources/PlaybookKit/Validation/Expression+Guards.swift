extension Expression {
    /// Indexes into `references` of the references to steps that this expression checks
    /// with `answered(…)`: `answered(site) and site != ''` uses `site` knowingly, so lint
    /// does not warn that it may be unanswered.
    var answeredGuardIndexes: Set<Int> {
        var guarded: Set<String> = []
        collectAnswered(into: &guarded)
        return Set(references.enumerated().compactMap { index, reference in
            reference.path.first.map(guarded.contains) == true ? index : nil
        })
    }

    private func collectAnswered(into guarded: inout Set<String>) {
        switch self {
        case .literal, .reference:
            break
        case .call(let function, let arguments, _):
            if function == .answered {
                for case .reference(let reference) in arguments {
                    if let first = reference.path.first { guarded.insert(first) }
                }
            }
            for argument in arguments { argument.collectAnswered(into: &guarded) }
        case .list(let items, _), .and(let items, _), .or(let items, _):
            for item in items { item.collectAnswered(into: &guarded) }
        case .not(let operand, _):
            operand.collectAnswered(into: &guarded)
        case .comparison(_, let lhs, let rhs, _):
            lhs.collectAnswered(into: &guarded)
            rhs.collectAnswered(into: &guarded)
        }
    }
}
