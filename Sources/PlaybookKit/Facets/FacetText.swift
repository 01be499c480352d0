/// A facet's words in the language of a run: the English strings the facet declares,
/// with a translation's strings in place of those it has. `{1}`, `{2}`… stand for
/// values filled in, as in the interface's text. Only human text goes through here;
/// the values playbooks branch on (verdicts, levels, ids) never change with the language.
public struct FacetText: Sendable {
    /// The language code, e.g. `es`.
    public var language: String
    /// The facet's English strings by key.
    public var english: [String: String]
    /// The translated entries by key; empty in English.
    public var translated: [String: Translation.Entry]

    /// The facet's English strings with `translation`'s in place of those it has.
    public init(english: [String: String], translation: Translation? = nil) {
        self.english = english
        language = translation?.language ?? "en"
        translated = translation?.entries ?? [:]
    }

    /// The string for `key` with `{1}`, `{2}`… replaced by `values`; a key the facet
    /// does not declare comes back as itself, so the mistake shows instead of hiding.
    public func callAsFunction(_ key: String, _ values: String...) -> String {
        string(key, values)
    }

    /// The string for `key` with `{1}`, `{2}`… replaced by `values`.
    public func string(_ key: String, _ values: [String]) -> String {
        FacetText.fill(translated[key]?.text ?? english[key] ?? key, with: values)
    }

    /// A text read from a library data file (a legal rule's title), under `key`: its
    /// translation only while that was made from this very English, since an outdated
    /// translation of a legal note could state a rule that no longer holds.
    public func data(_ key: String, english: String) -> String {
        guard let entry = translated[key], entry.source == TranslatableText.fingerprint(english) else { return english }
        return entry.text
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
    static func fill(_ text: String, with values: [String]) -> String {
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
