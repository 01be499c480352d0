/// The words the engine refuses an answer with, by key, with `{1}`, `{2}` for values
/// filled in: a `StringTable` of English built in and a translation's strings in place
/// of those it has, so a person at a prompt is told in their language what would fit.
/// The command-line tool translates them with the interface (`i18n/<language>/ui.yaml`).
public struct AnswerText: Sendable {
    /// English.
    public static let english = AnswerText()
    /// The English strings by key.
    public static let strings: [String: String] = [
        "answer.empty": "an answer is needed here; type it and press Enter",
        "answer.too-long": "the answer is longer than {1} characters; shorten it",
        "answer.not-number": "'{1}' is not a number; type digits, for example 3 or 2.5",
        "answer.not-date": "'{1}' is not a date; type it as year-month-day, for example 2026-11-27",
        "answer.not-url": "'{1}' is not a web address; type it like https://example.org",
        "answer.not-yes-no": "type 1 for {1} or 2 for {2}",
        "answer.yes": "yes",
        "answer.no": "no",
        "answer.not-option": "'{1}' is not one of the options; choose {2}",
        "answer.one-option": "choose exactly one option, by its number",
        "answer.not-checklist-item": "'{1}' is not an item of this checklist; its items are {2}",
        "answer.not-checklist-choice": "type 1 (done), 2 (not yet) or 3 (does not apply)",
        "answer.not-file": "there is no file at '{1}'; type the file's full path (you can drag the file into this window)",
        "answer.consent": "type 1 to allow it or 2 not to",
        "answer.nothing-to-keep": "there is no earlier answer here to keep; type an answer",
        "answer.at-start": "this is the first step; there is nothing to go back to",
        "answer.nothing-asked": "nothing is being asked at this moment",
    ]

    /// The strings, as a string table.
    public let table: StringTable

    /// The translated strings by key; keys other than those of `strings` are ignored.
    public var translated: [String: String] { table.translated }

    /// English with `translated`'s strings in place of those it has.
    public init(translated: [String: String] = [:]) {
        table = StringTable(english: Self.strings, translated: translated.filter { Self.strings[$0.key] != nil })
    }

    /// The string for `key` with `{1}`, `{2}`… replaced by `values`.
    public func callAsFunction(_ key: String, _ values: String...) -> String {
        table.string(key, values)
    }

    /// The string for `key` with `{1}`, `{2}`… replaced by `values`.
    public func string(_ key: String, _ values: [String]) -> String {
        table.string(key, values)
    }
}
