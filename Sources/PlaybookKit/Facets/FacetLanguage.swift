import Foundation

/// The language facets write in during a run, with the translations of their strings
/// (`i18n/<language>/facet.<id>.yaml`), so actions and report sections speak the
/// person's language. English, with no translations, unless the tool chose otherwise.
public struct FacetLanguage: Sendable {
    /// What a facet's translation file names in `translates:`, before the facet id.
    public static let subjectPrefix = "facet."
    /// The key of a facet's title in its translation file (shown in report headings);
    /// no facet string uses it.
    public static let titleKey = "title"
    /// English: every facet's own strings.
    public static let english = FacetLanguage(code: "en")

    /// The language code, e.g. `es`.
    public var code: String
    /// Translations by facet id.
    public var translations: [String: Translation]

    /// Creates a language; `translations` are by facet id.
    public init(code: String, translations: [String: Translation] = [:]) {
        self.code = code
        self.translations = translations
    }

    /// `facet`'s words in this language.
    public func text(for facet: any Facet) -> FacetText {
        FacetText(english: facet.strings, translation: translations[facet.id])
    }

    /// The facets' titles in this language by facet id, for those translated.
    public var titles: [String: String] {
        translations.compactMapValues { $0.entries[Self.titleKey]?.text }
    }

    /// Every string a translation of `facet` may hold: its title under `title`, then
    /// the facet's own translatable strings.
    public static func translatableStrings(of facet: any Facet, libraryRoots: [URL]) -> [(key: String, text: String)] {
        [(titleKey, facet.title)] + facet.translatableStrings(libraryRoots: libraryRoots).filter { $0.key != titleKey }
    }

    /// The translation subject of the facet `id`, e.g. `facet.care`.
    public static func subject(for id: String) -> String {
        subjectPrefix + id
    }
}
