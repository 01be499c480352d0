/// The translation file `playbook translate` prints for a translator to fill in: every
/// string under its key, the English as a comment, the text (the existing translation,
/// or the English to replace) and the fingerprint of the English.
///
/// What it writes comes from playbooks, which strangers write: every key and text is
/// sanitised (`TextSanitiser.clean`) and written as a YAML double-quoted scalar, and the
/// English comments are split at every line break YAML knows, so a carriage return or a
/// line separator in a title can neither end a comment early nor add keys. The file reads
/// back (`Translation.decode`) with exactly the sanitised texts.
public enum TranslationTemplate {
    /// The file for `subject` in `language`, with `strings` (key and English) in order,
    /// keeping the texts of `existing` and marking those whose English changed.
    public static func text(
        subject: String, language: String, strings: [(key: String, text: String)], existing: Translation?
    ) -> String {
        var output = "translates: \(YAMLQuoted.word(TextSanitiser.clean(subject)))\n"
        output += "language: \(YAMLQuoted.word(TextSanitiser.clean(language)))\nstrings:\n"
        for (key, english) in strings {
            let fingerprint = TranslatableText.fingerprint(english)
            let entry = existing?.entries[key]
            output += "  \(YAMLQuoted.scalar(TextSanitiser.clean(key))):\n"
            output += commentLines(english).map { "    # \($0)\n" }.joined()
            if let entry, entry.source != fingerprint {
                output += "    # The English changed since this was translated: update the text, then set source: \(fingerprint)\n"
            }
            output += "    text: \(YAMLQuoted.scalar(TextSanitiser.clean(entry?.text ?? english)))\n"
            output += "    source: \(sourceText(entry.map { $0.source == fingerprint ? fingerprint : $0.source } ?? fingerprint))\n"
        }
        return output
    }

    /// A fingerprint as written: bare when it is hex digits, as every fingerprint the
    /// tool makes is (read back as text even when all digits), otherwise quoted, since an
    /// existing translation file may hold anything there.
    private static func sourceText(_ source: String) -> String {
        let isHex = !source.isEmpty && source.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isASCIIHexDigit }
        return isHex ? source : YAMLQuoted.scalar(TextSanitiser.clean(source))
    }

    /// The sanitised lines of `text`, split at line feeds and at YAML's other line
    /// breaks (U+2028, U+2029; carriage returns and U+0085 are gone after sanitising).
    private static func commentLines(_ text: String) -> [Substring] {
        TextSanitiser.clean(text).split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\u{2028}" || $0 == "\u{2029}"
        }
    }
}
