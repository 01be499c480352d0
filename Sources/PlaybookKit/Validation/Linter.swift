import Foundation

/// Everything `playbook lint` checks, as one pure function of the files and the facets:
/// reading (syntax, schema), the graph of each playbook, the directory, and the trainer
/// scenarios, whose acts are rehearsed for real.
public struct Linter {
    /// The facets whose actions playbooks may call.
    public var registry: FacetRegistry
    /// Today, for stale-check warnings.
    public var today: CalendarDate
    /// Limits for reading files.
    public var loader: YAMLLoader
    /// The interface's English strings, for checking its translations.
    public var interfaceStrings: [(key: String, text: String)]

    /// Creates a linter.
    public init(
        registry: FacetRegistry, today: CalendarDate, loader: YAMLLoader = YAMLLoader(),
        interfaceStrings: [(key: String, text: String)] = []
    ) {
        self.registry = registry
        self.today = today
        self.loader = loader
        self.interfaceStrings = interfaceStrings
    }

    /// Lints the files under `paths`. Jumps to other playbooks resolve against those files
    /// and then against `context` (the configured library), whose own problems are not reported.
    /// The library returned is read without content hashes: load it with
    /// `PlaybookLibrary.load` to start sessions that are saved and resumed.
    public func lint(_ paths: [String], context: PlaybookLibrary? = nil) -> (library: PlaybookLibrary, diagnostics: [Diagnostic]) {
        // Lint's scenario rehearsals start sessions but never save or resume them, so the
        // pinned content hash is never compared.
        let library = PlaybookLibrary.load(paths, today: today, loader: loader, hashingContents: false)
        var known = context?.playbooksByID ?? [:]
        known.merge(library.playbooksByID) { _, linted in linted }
        let validator = PlaybookValidator(library: known, registry: registry)
        var diagnostics = library.diagnostics
        diagnostics += ParallelMap.map(library.playbooks) { validator.validate($0) }.flatMap { $0 }
        diagnostics += checkTranslations(library, known: known, roots: library.roots + (context?.roots ?? []))
        let checker = ScenarioChecker(
            playbooks: known, registry: registry,
            directory: library.directory.organisations.isEmpty ? context?.directory ?? library.directory : library.directory,
            libraryRoots: library.roots + (context?.roots ?? []))
        diagnostics += ParallelMap.map(library.scenarios) { checker.check($0) }.flatMap { $0 }
        return (library, Diagnostic.sorted(diagnostics))
    }

    private func checkTranslations(_ library: PlaybookLibrary, known: [String: Playbook], roots: [URL]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (_, bySubject) in library.translations.sorted(by: { $0.key < $1.key }) {
            for (subject, translation) in bySubject.sorted(by: { $0.key < $1.key }) {
                let strings: [(key: String, text: String)]
                switch subject {
                case DirectoryText.subject:
                    strings = library.directoryStrings
                    diagnostics += Self.checkPlaceholders(translation, against: strings)
                case "ui":
                    strings = interfaceStrings
                    diagnostics += Self.checkPlaceholders(translation, against: strings)
                case ReportText.subject:
                    strings = ReportText.translatableStrings
                    diagnostics += Self.checkPlaceholders(translation, against: strings)
                case _ where subject.hasPrefix(FacetLanguage.subjectPrefix):
                    let id = String(subject.dropFirst(FacetLanguage.subjectPrefix.count))
                    guard let facet = registry.facet(id) else {
                        diagnostics.append(Diagnostic(.error, "unknown-facet", "there is no facet \(Diagnostic.quote(id)) to translate\(Suggestion.hint(for: id, in: registry.ids)); facets are \(registry.ids.joined(separator: ", "))", at: translation.location))
                        continue
                    }
                    strings = FacetLanguage.translatableStrings(of: facet, libraryRoots: roots)
                    diagnostics += Self.checkPlaceholders(translation, against: strings)
                default:
                    guard let playbook = known[subject] else {
                        diagnostics.append(Diagnostic(.error, "unknown-playbook", "there is no playbook \(Diagnostic.quote(subject)) to translate\(Suggestion.hint(for: subject, in: known.keys.sorted()))", at: translation.location))
                        continue
                    }
                    strings = TranslatableText.strings(of: playbook)
                    for (key, entry) in translation.entries where key.hasSuffix(".say") || key.hasSuffix(".ask") {
                        do {
                            _ = try Template.parse(entry.text)
                        } catch {
                            diagnostics.append(Diagnostic(.error, "expression-syntax", "the translation of \(Diagnostic.quote(key)): \(error.message)", at: entry.location))
                        }
                    }
                }
                diagnostics += translation.check(against: strings, file: translation.location.file)
            }
        }
        return diagnostics
    }

    /// Errors for translated strings that use a `{n}` the English does not fill in,
    /// which would show the placeholder itself to the person.
    private static func checkPlaceholders(_ translation: Translation, against strings: [(key: String, text: String)]) -> [Diagnostic] {
        let english = Dictionary(strings, uniquingKeysWith: { first, _ in first })
        return translation.entries.sorted(by: { $0.key < $1.key }).compactMap { key, entry in
            guard let source = english[key] else { return nil }
            let extra = StringTable.placeholders(in: entry.text).subtracting(StringTable.placeholders(in: source))
            guard !extra.isEmpty else { return nil }
            let names = extra.sorted().map { "{\($0)}" }.joined(separator: ", ")
            return Diagnostic(.error, "translation-placeholder", "the translation of \(Diagnostic.quote(key)) uses \(names), which the English does not fill in; use only the placeholders of the English", at: entry.location)
        }
    }
}
