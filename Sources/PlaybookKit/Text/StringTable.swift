/// Words by key in one language: English built in, with a translation's strings in
/// place of those it has. The interface (`UIText`), the engine's refusals of answers
/// (`AnswerText`), the reports' framing (`ReportText`) and each facet's messages
/// (`FacetText`) are all string tables, so they share one lookup and one fill.
///
/// `{1}`, `{2}`… in a string stand for values filled in, in one pass: a value that
/// itself holds `{2}` (an answer, a file name) is never filled in again.
public struct StringTable: Sendable {
    /// The language code of the translation, `en` without one.
    public let language: String
    /// The English strings by key.
    public let english: [String: String]
    /// The translated strings by key; empty in English.
    public let translated: [String: String]
    /// For each translated key, the fingerprint of the English it was made from, when
    /// known (see `data(_:english:)`).
    private let sources: [String: String]

    /// The English strings `english`, with `translation`'s in place of those it has.
    public init(english: [String: String], translation: Translation? = nil) {
        self.english = english
        language = translation?.language ?? "en"
        translated = translation?.entries.mapValues(\.text) ?? [:]
        sources = translation?.entries.mapValues(\.source) ?? [:]
    }

    /// The English strings `english`, with `translated` in place of those it has.
    public init(english: [String: String], translated: [String: String], language: String = "en") {
        self.english = english
        self.translated = translated
        self.language = language
        sources = [:]
    }

    /// This table with `translated`'s strings in place of those it has.
    public func overlaid(with translated: [String: String]) -> StringTable {
        StringTable(english: english, translated: self.translated.merging(translated) { _, new in new }, language: language)
    }

    /// Every English key with its string in this language.
    public var strings: [String: String] {
        english.merging(translated.filter { english[$0.key] != nil }) { _, translated in translated }
    }

    /// The string for `key` with `{1}`, `{2}`… replaced by `values`; a key the table
    /// does not have comes back as itself, so the mistake shows instead of hiding.
    public func callAsFunction(_ key: String, _ values: String...) -> String {
        string(key, values)
    }

    /// The string for `key` with `{1}`, `{2}`… replaced by `values`.
    public func string(_ key: String, _ values: [String]) -> String {
        Self.fill(template(key), with: values)
    }

    /// The string for `key` with its placeholders left in (for a renderer that escapes
    /// the string before filling in values it has already escaped).
    public func template(_ key: String) -> String {
        translated[key] ?? english[key] ?? key
    }

    /// A text read from a library data file (a legal rule's title), under `key`: its
    /// translation only while that was made from this very English, since an outdated
    /// translation of a legal note could state a rule that no longer holds.
    public func data(_ key: String, english: String) -> String {
        guard let text = translated[key], sources[key] == TranslatableText.fingerprint(english) else { return english }
        return text
    }

    /// The numbers of the placeholders in `text`, e.g. `[1, 2]` for "{1} of {2}".
    public static func placeholders(in text: String) -> Set<Int> {
        var found: Set<Int> = []
        scan(text) { number, _ in
            found.insert(number)
            return nil
        }
        return found
    }

    /// `text` with each `{n}` replaced by `values[n - 1]` in one pass, so a value that
    /// itself holds `{2}` is never filled in again; a placeholder without a value stays.
    public static func fill(_ text: String, with values: [String]) -> String {
        guard !values.isEmpty else { return text }
        return scan(text) { number, _ in values.indices.contains(number - 1) ? values[number - 1] : nil }
    }

    /// Walks `text`, calling `replace` for each `{n}`; returns the text with the
    /// replacements made (the placeholder stays where `replace` gives nil).
    @discardableResult
    private static func scan(_ text: String, _ replace: (Int, String) -> String?) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            let close = digits.endIndex
            if !digits.isEmpty, digits.count <= 3, close < after.endIndex, after[close] == "}", let number = Int(digits) {
                let placeholder = String(rest[open...close])
                result += replace(number, placeholder) ?? placeholder
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }
}
