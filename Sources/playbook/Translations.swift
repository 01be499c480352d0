import Foundation
import PlaybookKit
import PlaybookTerminal

/// Picks the language: `--lang`, then `$LC_ALL` or `$LANG` (`es_ES.UTF-8` → `es`),
/// English when none is set or nothing is translated.
enum Translations {
    static func language(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let raw = option ?? environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? "en"
        let code = raw.prefix { $0.isLetter }.lowercased()
        return code.isEmpty || code == "c" || code == "posix" ? "en" : code
    }

    /// The interface's words in `language`, English for any string not translated.
    static func uiText(_ language: String, library: PlaybookLibrary) -> UIText {
        guard let translation = library.translations[language]?["ui"] else { return .english }
        return UIText.english.overlaid(with: translation.entries.mapValues(\.text))
    }

    /// The engine's refusals of answers in `language`, translated with the interface.
    static func answerText(_ language: String, library: PlaybookLibrary) -> AnswerText {
        AnswerText(translated: library.translations[language]?["ui"]?.entries.mapValues(\.text) ?? [:])
    }

    /// The interface's English strings, for lint.
    static var interfaceStrings: [(key: String, text: String)] {
        UIText.english.strings.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
