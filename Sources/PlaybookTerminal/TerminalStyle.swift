import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Colour and emphasis for one output stream: only on a terminal, never when `NO_COLOR`
/// is set (https://no-color.org) or the terminal is `dumb`.
public struct TerminalStyle: Sendable {
    /// Whether escape sequences may be written.
    public let enabled: Bool

    /// The style for a file descriptor, from whether it is a terminal and the environment.
    public init(descriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        enabled = isatty(descriptor) == 1 && !noColor && environment["TERM"] != "dumb"
    }

    /// A style that is on or off regardless of the environment (tests, files).
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Bold text.
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dimmed text.
    public func dim(_ text: String) -> String { wrap(text, "2") }
    /// Italic text.
    public func italic(_ text: String) -> String { wrap(text, "3") }
    /// Red text.
    public func red(_ text: String) -> String { wrap(text, "31") }
    /// Green text.
    public func green(_ text: String) -> String { wrap(text, "32") }
    /// Yellow text.
    public func yellow(_ text: String) -> String { wrap(text, "33") }

    /// A closing summary line, red when something failed and green otherwise.
    public func summary(_ text: String, failed: Bool) -> String {
        failed ? red(text) : green(text)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
