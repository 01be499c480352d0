/// A translation of one set of strings (a playbook, the directory, the interface, the
/// reports' framing, or a facet's messages) into one language: for each key, the translated text and the fingerprint of the
/// English text it was made from.
public struct Translation: Hashable, Sendable {
    /// One translated string.
    public struct Entry: Hashable, Sendable {
        /// The translated text.
        public var text: String
        /// `TranslatableText.fingerprint` of the English it translates.
        public var source: String
        /// Where the entry is written.
        public var location: SourceLocation

        /// Creates an entry.
        public init(text: String, source: String, location: SourceLocation) {
            self.text = text
            self.source = source
            self.location = location
        }
    }

    /// What is translated: a playbook id, `directory`, `ui`, `report`, or `facet.<id>`.
    public var subject: String
    /// The language code, e.g. `es`.
    public var language: String
    /// Entries by key.
    public var entries: [String: Entry]
    /// Where `subject` is written.
    public var location: SourceLocation

    /// Creates a translation.
    public init(subject: String, language: String, entries: [String: Entry], location: SourceLocation) {
        self.subject = subject
        self.language = language
        self.entries = entries
        self.location = location
    }

    /// Reads a translation file:
    /// ```yaml
    /// translates: website-down      # a playbook id, `directory`, `ui`, `report` or `facet.<id>`
    /// language: es
    /// strings:
    ///   title:
    ///     text: Nuestro sitio web no funciona
    ///     source: 1a2b3c4d
    /// ```
    public static func decode(_ root: YAMLNode) -> (translation: Translation?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func error(_ rule: String, _ message: String, _ location: SourceLocation) {
            diagnostics.append(Diagnostic(.error, rule, message, at: location))
        }
        guard let pairs = root.mapping else {
            error("wrong-type", "a translation file is a mapping with 'translates', 'language' and 'strings'", root.location)
            return (nil, diagnostics)
        }
        for pair in pairs where !["translates", "language", "strings"].contains(pair.key.scalar?.text ?? "") {
            error("unknown-key", "unknown key \(Diagnostic.quote(pair.key.scalar?.text ?? "?")) in a translation file; it takes 'translates', 'language' and 'strings'", pair.key.location)
        }
        guard let subjectNode = root["translates"], let subject = subjectNode.scalar?.text,
            let language = root["language"]?.scalar?.text, let strings = root["strings"]
        else {
            error("missing-key", "a translation file needs 'translates', 'language' and 'strings'", root.location)
            return (nil, diagnostics)
        }
        guard let stringPairs = strings.mapping else {
            error("wrong-type", "'strings' must be a mapping from key to {text, source}", strings.location)
            return (nil, diagnostics)
        }
        var entries: [String: Entry] = [:]
        for pair in stringPairs {
            guard let key = pair.key.scalar?.text else { continue }
            guard let text = pair.value["text"]?.scalar?.text, let source = pair.value["source"]?.scalar?.text,
                pair.value.mapping?.count == 2
            else {
                error("wrong-type", "\(Diagnostic.quote(key)) must have exactly 'text' (the translation) and 'source' (the fingerprint of the English)", pair.value.location)
                continue
            }
            entries[key] = Entry(text: text, source: source, location: pair.value["text"]!.location)
        }
        return (Translation(subject: subject, language: language, entries: entries, location: subjectNode.location), diagnostics)
    }

    /// Findings about this translation against the English `strings`: keys that no longer
    /// exist (errors), and strings missing or made from an older English (warnings).
    public func check(against strings: [(key: String, text: String)], file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let english = Dictionary(strings, uniquingKeysWith: { first, _ in first })
        for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
            guard let source = english[key] else {
                diagnostics.append(Diagnostic(.error, "translation-unknown-key", "\(Diagnostic.quote(key)) is not a string of \(Diagnostic.quote(subject))\(Suggestion.hint(for: key, in: english.keys.sorted())); remove it or fix the key", at: entry.location))
                continue
            }
            if entry.source != TranslatableText.fingerprint(source) {
                diagnostics.append(Diagnostic(.warning, "translation-stale", "the English of \(Diagnostic.quote(key)) changed since it was translated; update the translation and set source: \(TranslatableText.fingerprint(source))", at: entry.location))
            }
        }
        let missing = strings.filter { entries[$0.key] == nil }
        if !missing.isEmpty {
            let keys = missing.prefix(5).map(\.key).joined(separator: ", ") + (missing.count > 5 ? ", …" : "")
            diagnostics.append(Diagnostic(.warning, "translation-missing", "\(missing.count) string\(missing.count == 1 ? "" : "s") of \(Diagnostic.quote(subject)) not translated into \(Diagnostic.quote(language)): \(keys)", at: SourceLocation(file: file, line: location.line, column: location.column)))
        }
        return diagnostics
    }
}
