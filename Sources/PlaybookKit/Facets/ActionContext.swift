import Foundation

/// Everything an action may use besides its parameters. The command-line tool fills it
/// from the real world; tests and the trainer demo fill it with fakes. An action reaches
/// the network only after `askConsent` returned true for the host it names.
public struct ActionContext: Sendable {
    /// The clock.
    public var clock: any ActionClock
    /// The files the person named in this session.
    public var files: FileAccess
    /// Asks the person whether a host may be contacted; false means do not contact it.
    public var askConsent: @Sendable (ConsentRequest) -> Bool
    /// Where facets keep this session's files, such as the evidence log and the incident
    /// log: inside the saved session, so they are sealed with it.
    public var workspace: any ActionWorkspace
    /// The organisations that can help.
    public var directory: ResponderDirectory
    /// The playbook library's root folders, where facets find their data files
    /// (e.g. `data/legal-deadlines.yaml`), first match wins.
    public var libraryRoots: [URL]
    /// Shows a line to the person while an action runs (a breathing cue, a progress note).
    public var emit: @Sendable (String) -> Void
    /// The language of the text actions give the person, with the facets' translations.
    public var language: FacetLanguage
    /// What the person has said about themselves so far (help language, region, who
    /// they are), for actions that pick organisations; the driver fills it in.
    public var referralProfile = ReferralProfile()
    /// The directory's words (services, regions) in the run's language.
    public var directoryText = DirectoryText.english

    /// Creates a context whose actions keep their files in `folder` (facet tests).
    public init(
        clock: any ActionClock = SystemClock(), files: FileAccess = FileAccess(),
        askConsent: @escaping @Sendable (ConsentRequest) -> Bool = { _ in false }, workspace folder: URL,
        directory: ResponderDirectory = ResponderDirectory(organisations: []), libraryRoots: [URL] = [],
        language: FacetLanguage = .english, emit: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.init(
            clock: clock, files: files, askConsent: askConsent, workspace: FolderWorkspace(folder), directory: directory,
            libraryRoots: libraryRoots, language: language, emit: emit)
    }

    /// `facet`'s words in the run's language; actions show people only text from here.
    public func text(for facet: any Facet) -> FacetText {
        language.text(for: facet)
    }

    /// The first library file at `relativePath` (e.g. `data/legal-deadlines.yaml`).
    public func libraryFile(_ relativePath: String) -> URL? {
        libraryRoots.map { $0.appendingPathComponent(relativePath) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Creates a context.
    public init(
        clock: any ActionClock = SystemClock(),
        files: FileAccess = FileAccess(),
        askConsent: @escaping @Sendable (ConsentRequest) -> Bool = { _ in false },
        workspace: any ActionWorkspace = SessionFiles(),
        directory: ResponderDirectory = ResponderDirectory(organisations: []),
        libraryRoots: [URL] = [],
        language: FacetLanguage = .english,
        emit: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.clock = clock
        self.files = files
        self.askConsent = askConsent
        self.workspace = workspace
        self.directory = directory
        self.libraryRoots = libraryRoots
        self.emit = emit
        self.language = language
    }
}
