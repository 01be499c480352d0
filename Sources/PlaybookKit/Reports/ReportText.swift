/// The words a session report frames its content with (headings, field names, states,
/// the redaction notice) in one language: a `StringTable` of the English strings, with a
/// translation's (`i18n/<language>/report.yaml`) in place of those it has. `{1}`, `{2}`… stand for
/// values filled in. Only the Markdown and HTML reports use it: the JSON's keys and
/// values are the same in every language, for the tools that read them.
public struct ReportText: Sendable {
    /// What a translation of these words names in `translates:`.
    public static let subject = "report"
    /// English.
    public static let english = ReportText()

    /// The strings, as a string table.
    public let table: StringTable
    /// Facet titles in this language by facet id (see `FacetLanguage.titles`).
    public var facetTitles: [String: String]
    /// The directory's words (services, audiences) in this language.
    public var directory: DirectoryText

    /// The language code, e.g. `es`.
    public var language: String { table.language }

    /// The English strings with `translation`'s in place of those it has, and facet
    /// titles from `facetTitles` where it has them.
    public init(translation: Translation? = nil, facetTitles: [String: String] = [:], directory: DirectoryText = .english) {
        table = StringTable(english: ReportStrings.english, translation: translation)
        self.facetTitles = facetTitles
        self.directory = directory
    }

    /// Every English string a translation may hold, sorted by key.
    public static var translatableStrings: [(key: String, text: String)] {
        ReportStrings.english.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The string for `key` with `{1}`, `{2}`… replaced by `values`; a key the report
    /// does not declare comes back as itself, so the mistake shows instead of hiding.
    public func callAsFunction(_ key: String, _ values: String...) -> String {
        table.string(key, values)
    }

    /// The string for `key` with `{1}`, `{2}`… replaced by `values`.
    public func string(_ key: String, _ values: [String]) -> String {
        table.string(key, values)
    }

    /// The title of the facet `id` in this language, `english` when not translated. The
    /// report keeps the English one, so its JSON is the same in every language.
    public func facetTitle(_ id: String, english: String) -> String {
        facetTitles[id] ?? english
    }

    /// What a redacted report shows in place of something it leaves out.
    public var leftOut: String {
        self("left-out")
    }
}
