/// Everything `playbook lint` checks, as one pure function of the files and the facets:
/// reading (syntax, schema), the graph of each playbook, and the directory.
public struct Linter {
    /// The facets whose actions playbooks may call.
    public var registry: FacetRegistry
    /// Today, for stale-check warnings.
    public var today: CalendarDate
    /// Limits for reading files.
    public var loader: YAMLLoader

    /// Creates a linter.
    public init(registry: FacetRegistry, today: CalendarDate, loader: YAMLLoader = YAMLLoader()) {
        self.registry = registry
        self.today = today
        self.loader = loader
    }

    /// Lints the files under `paths`. Jumps to other playbooks resolve against those files
    /// and then against `context` (the configured library), whose own problems are not reported.
    public func lint(_ paths: [String], context: PlaybookLibrary? = nil) -> (library: PlaybookLibrary, diagnostics: [Diagnostic]) {
        let library = PlaybookLibrary.load(paths, today: today, loader: loader)
        var known = context?.playbooksByID ?? [:]
        known.merge(library.playbooksByID) { _, linted in linted }
        let validator = PlaybookValidator(library: known, registry: registry)
        var diagnostics = library.diagnostics
        for playbook in library.playbooks {
            diagnostics += validator.validate(playbook)
        }
        return (library, Diagnostic.sorted(diagnostics))
    }
}
