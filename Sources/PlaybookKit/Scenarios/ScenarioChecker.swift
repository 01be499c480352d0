import Foundation

/// Checks a decoded scenario against the library and the facets: every act's playbook
/// exists, its facet is known, its shipped files are there, and its answers drive the
/// playbook to an end when the act is rehearsed for real; and every facet appears.
public struct ScenarioChecker: Sendable {
    /// The playbooks acts may drive, by id.
    public var playbooks: [String: Playbook]
    /// The facets.
    public var registry: FacetRegistry
    /// The organisations actions refer to.
    public var directory: ResponderDirectory
    /// The library's folders, where facets find their data files.
    public var libraryRoots: [URL]

    /// Creates a checker.
    public init(playbooks: [String: Playbook], registry: FacetRegistry, directory: ResponderDirectory, libraryRoots: [URL]) {
        self.playbooks = playbooks
        self.registry = registry
        self.directory = directory
        self.libraryRoots = libraryRoots
    }

    /// Every problem found in `scenario`.
    public func check(_ scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var runnable: [ScenarioAct] = []
        for act in scenario.acts {
            let found = check(act, in: scenario)
            diagnostics += found
            if !found.contains(where: { $0.severity == .error }) { runnable.append(act) }
        }
        let shown = Set(scenario.acts.map(\.facet))
        let missing = registry.ids.filter { !shown.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(Diagnostic(.warning, "facet-missing", "no act shows the facet\(missing.count == 1 ? "" : "s") \(missing.map { "\(Diagnostic.quote($0))" }.joined(separator: ", ")); a case shows the whole response when every facet has an act", at: scenario.location))
        }
        let rehearsal = ScenarioRehearsal(engine: Engine(playbooks: Array(playbooks.values), registry: registry), directory: directory, libraryRoots: libraryRoots)
        for run in rehearsal.run(scenario, acts: runnable) {
            diagnostics += problems(of: run)
        }
        return diagnostics
    }

    private func check(_ act: ScenarioAct, in scenario: Scenario) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if registry.facet(act.facet) == nil {
            diagnostics.append(Diagnostic(.error, "unknown-facet", "there is no facet \(Diagnostic.quote(act.facet)); use one of \(registry.ids.joined(separator: ", "))\(Suggestion.hint(for: act.facet, in: registry.ids))", at: act.facetLocation))
        }
        if let playbook = playbooks[act.playbook] {
            if playbook.facet != act.facet, registry.facet(act.facet) != nil {
                diagnostics.append(Diagnostic(.warning, "facet-mismatch", "the act shows the facet \(Diagnostic.quote(act.facet)) but the playbook \(Diagnostic.quote(act.playbook)) belongs to \(Diagnostic.quote(playbook.facet))", at: act.facetLocation))
            }
        } else {
            diagnostics.append(Diagnostic(.error, "unknown-playbook", "there is no playbook \(Diagnostic.quote(act.playbook)) for act \(Diagnostic.quote(act.id))\(Suggestion.hint(for: act.playbook, in: playbooks.keys.sorted()))", at: act.playbookLocation))
        }
        for (path, location) in zip(act.files, act.fileLocations) {
            var isDirectory: ObjCBool = false
            let url = scenario.folder.appendingPathComponent(path)
            if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) || isDirectory.boolValue {
                diagnostics.append(Diagnostic(.error, "scenario-file", "the shipped file \(Diagnostic.quote(path)) is not there; put it at \(url.path) or remove it from 'files'", at: location))
            }
        }
        return diagnostics
    }

    private func problems(of run: ScenarioRehearsal.ActRun) -> [Diagnostic] {
        if let failure = run.failure {
            let location: SourceLocation
            if case .invalidAnswer(let at, _) = failure { location = at } else { location = run.act.playbookLocation }
            return [Diagnostic(.error, "scenario-run", "act \(Diagnostic.quote(run.act.id)) does not reach an end of \(Diagnostic.quote(run.act.playbook)): \(failure.message)", at: location)]
        }
        return run.unusedAnswers.map { entry in
            Diagnostic(.warning, "unused-answer", "no step of act \(Diagnostic.quote(run.act.id)) asked for \(Diagnostic.quote(entry.key)); check the step id or remove the answer", at: entry.location)
        }
    }
}
