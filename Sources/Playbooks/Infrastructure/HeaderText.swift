import Foundation

/// Makes a header value from an untrusted website safe to show and store: control
/// characters (which could drive the terminal) removed, length capped.
enum HeaderText {
    /// The most characters kept.
    static let maximumLength = 300

    /// `value` without control characters, trimmed, at most `maximumLength` characters.
    static func clean(_ value: String) -> String {
        let visible = value.unicodeScalars.filter { !$0.properties.generalCategory.isControlOrFormat }
        var text = String(String.UnicodeScalarView(visible)).trimmingCharacters(in: .whitespaces)
        if text.count > maximumLength { text = String(text.prefix(maximumLength)) }
        return text
    }
}

extension Unicode.GeneralCategory {
    /// Control (Cc) and format (Cf, e.g. bidirectional overrides) characters.
    fileprivate var isControlOrFormat: Bool { self == .control || self == .format }
}
