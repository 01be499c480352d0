import Crypto
import Foundation

/// The playbooks and organisations read from one or more folders, with every problem
/// found while reading them. Reading never stops at the first bad file: a responder
/// sees all problems at once, and a defender still gets every playbook that is sound.
public struct PlaybookLibrary: Sendable {
    /// The sound playbooks, sorted by id; where two share an id, the first read wins.
    public private(set) var playbooks: [Playbook] = []
    /// The organisations that can help.
    public private(set) var directory = ResponderDirectory(organisations: [])
    /// Problems found while reading (syntax and schema; graph checks are the validator's).
    public private(set) var diagnostics: [Diagnostic] = []
    /// Translations by language code, then by what they translate (a playbook id,
    /// `directory`, `ui` or `facet.<id>`).
    public private(set) var translations: [String: [String: Translation]] = [:]
    /// The folders given, where facets look for their data files.
    public private(set) var roots: [URL] = []
    /// The files read, by kind.
    public private(set) var files: [LibraryFile] = []
    /// The trainer scenarios under `scenarios/`, sorted by id.
    public private(set) var scenarios: [Scenario] = []

    private var indexByID: [String: Int] = [:]

    /// Creates an empty library.
    public init() {}

    /// Reads every YAML file under `paths`; `today` decides which directory checks are stale.
    /// Without `hashingContents`, playbooks get an empty `contentHash`: for callers that
    /// start no saved session (lint), which then skip hashing every byte of the library.
    public static func load(
        _ paths: [String], today: CalendarDate, loader: YAMLLoader = YAMLLoader(), hashingContents: Bool = true
    ) -> PlaybookLibrary {
        var library = PlaybookLibrary()
        let (files, missing) = LibraryFile.discover(paths)
        library.files = files
        library.diagnostics = missing
        library.roots = paths.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.map { URL(fileURLWithPath: $0) }
        var organisations: [Organisation] = []
        var playbooks: [Playbook] = []
        var firstPlaybook: [String: SourceLocation] = [:]
        var firstOrganisation: [String: SourceLocation] = [:]
        var firstScenario: [String: SourceLocation] = [:]
        let wanted = files.filter { [.playbook, .organisation, .translation, .scenario].contains($0.kind) }
        let parsed = ParallelMap.map(wanted) { parse($0, today: today, loader: loader, hashingContents: hashingContents) }
        for (content, found) in parsed {
            library.diagnostics += found
            switch content {
            case .none:
                continue
            case .translation(let translation):
                if let first = library.translations[translation.language]?[translation.subject] {
                    library.diagnostics.append(Diagnostic(.error, "duplicate-id", "\(Diagnostic.quote(translation.subject)) is already translated into \(Diagnostic.quote(translation.language)) at \(first.location)", at: translation.location))
                    continue
                }
                library.translations[translation.language, default: [:]][translation.subject] = translation
            case .organisation(let organisation, let location):
                if let first = firstOrganisation[organisation.id] {
                    library.diagnostics.append(Diagnostic(.error, "duplicate-id", "the organisation id \(Diagnostic.quote(organisation.id)) is also used at \(first)", at: location))
                    continue
                }
                firstOrganisation[organisation.id] = location
                organisations.append(organisation)
            case .scenario(let scenario):
                if let first = firstScenario[scenario.id] {
                    library.diagnostics.append(Diagnostic(.error, "duplicate-id", "the scenario id \(Diagnostic.quote(scenario.id)) is also used at \(first)", at: scenario.location))
                    continue
                }
                firstScenario[scenario.id] = scenario.location
                library.scenarios.append(scenario)
            case .playbook(let playbook):
                if let first = firstPlaybook[playbook.id] {
                    library.diagnostics.append(Diagnostic(.error, "duplicate-id", "the playbook id \(Diagnostic.quote(playbook.id)) is also used at \(first); ids must be unique across the library", at: playbook.location))
                    continue
                }
                firstPlaybook[playbook.id] = playbook.location
                playbooks.append(playbook)
            }
        }
        library.playbooks = playbooks.sorted { $0.id < $1.id }
        library.scenarios.sort { $0.id < $1.id }
        library.indexByID = Dictionary(uniqueKeysWithValues: library.playbooks.enumerated().map { ($1.id, $0) })
        library.directory = ResponderDirectory(organisations: organisations)
        return library
    }

    /// The playbooks in `language`, each translated where a translation exists and in
    /// English elsewhere (string by string).
    public func playbooks(in language: String) -> [Playbook] {
        guard let translated = translations[language] else { return playbooks }
        return playbooks.map { playbook in translated[playbook.id].map(playbook.translated) ?? playbook }
    }

    /// The directory with organisation summaries in `language` where translated.
    public func directory(in language: String) -> ResponderDirectory {
        guard let translation = translations[language]?[DirectoryText.subject] else { return directory }
        return ResponderDirectory(organisations: directory.organisations.map { organisation in
            var organisation = organisation
            organisation.summary = translation.entries["\(organisation.id).summary"]?.text ?? organisation.summary
            organisation.area = organisation.area.map { translation.entries["\(organisation.id).area"]?.text ?? $0 }
            return organisation
        })
    }

    /// The language `code` for facets: the translations of their strings into it.
    public func facetLanguage(_ code: String) -> FacetLanguage {
        let prefix = FacetLanguage.subjectPrefix
        let translated = (translations[code] ?? [:]).filter { $0.key.hasPrefix(prefix) }
        return FacetLanguage(
            code: code,
            translations: Dictionary(uniqueKeysWithValues: translated.map { (String($0.key.dropFirst(prefix.count)), $0.value) }))
    }

    /// A session report's framing words and facet titles in the language `code`,
    /// English where not translated.
    public func reportText(_ code: String) -> ReportText {
        ReportText(
            translation: translations[code]?[ReportText.subject], facetTitles: facetLanguage(code).titles,
            directory: directoryText(code))
    }

    /// The directory's translatable strings: each organisation's summary, and the
    /// words of `DirectoryText`.
    public var directoryStrings: [(key: String, text: String)] {
        directory.organisations.flatMap { organisation in
            [("\(organisation.id).summary", organisation.summary)] + (organisation.area.map { [("\(organisation.id).area", $0)] } ?? [])
        } + DirectoryText.translatableStrings
    }

    /// The directory's words in the language `code`, English where not translated.
    public func directoryText(_ code: String) -> DirectoryText {
        DirectoryText(translation: translations[code]?[DirectoryText.subject])
    }

    /// The playbook with this id.
    public func playbook(_ id: String) -> Playbook? {
        indexByID[id].map { playbooks[$0] }
    }

    /// The scenario with this id.
    public func scenario(_ id: String) -> Scenario? {
        scenarios.first { $0.id == id }
    }

    /// Playbooks by id, for validators resolving `playbook:<id>` targets.
    public var playbooksByID: [String: Playbook] {
        Dictionary(playbooks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What one file held, once read and decoded.
    private enum FileContent: Sendable {
        case none
        case playbook(Playbook)
        case organisation(Organisation, SourceLocation)
        case translation(Translation)
        case scenario(Scenario)
    }

    /// Reads and decodes one file; pure apart from reading it, so files are read in parallel.
    private static func parse(
        _ file: LibraryFile, today: CalendarDate, loader: YAMLLoader, hashingContents: Bool
    ) -> (FileContent, [Diagnostic]) {
        let root: YAMLNode
        let data: Data
        do {
            guard let contents = FileManager.default.contents(atPath: file.path) else {
                throw YAMLError.unreadable(file: file.path, reason: "permission denied or not a regular file")
            }
            guard contents.count <= loader.limits.maxFileBytes else {
                throw YAMLError.fileTooLarge(file: file.path, bytes: contents.count, limit: loader.limits.maxFileBytes)
            }
            guard let document = try loader.load([UInt8](contents), file: file.path) else {
                return (.none, [Diagnostic(.error, "empty-file", "the file is empty; write a playbook in it or remove it", at: SourceLocation(file: file.path, line: 1, column: 1))])
            }
            root = document
            data = contents
        } catch let error as YAMLError {
            return (.none, [error.diagnostic])
        } catch {
            return (.none, [Diagnostic(.error, "unreadable-file", "\(error)", at: SourceLocation(file: file.path, line: 1, column: 1))])
        }
        let source = String(decoding: data, as: UTF8.self)
        var stale: [Diagnostic] = []
        if file.kind == .playbook || file.kind == .scenario, let node = root["reviewed"], let text = node.scalar?.text {
            stale = CheckedDate.diagnostic(
                text, at: node.location, today: today, rule: "stale-review",
                advice: "re-check the advice, the facts and the organisations it names, then update 'reviewed'"
            ).map { [$0] } ?? []
        }
        switch file.kind {
        case .translation:
            let (translation, found) = Translation.decode(root)
            return (translation.map(FileContent.translation) ?? .none, found)
        case .scenario:
            let (scenario, found) = ScenarioDecoder.decode(root, source: source)
            return (scenario.map(FileContent.scenario) ?? .none, found + stale)
        case .organisation:
            let (organisation, found) = OrganisationDecoder.decode(root, source: source, today: today)
            return (organisation.map { .organisation($0, root["id"]?.location ?? root.location) } ?? .none, found)
        default:
            let hash = hashingContents ? Hex.encode(SHA256.hash(data: data)) : ""
            let (playbook, found) = PlaybookDecoder.decode(root, source: source, contentHash: hash)
            return (playbook.map(FileContent.playbook) ?? .none, found + stale)
        }
    }
}
