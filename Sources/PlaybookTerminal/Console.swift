/// Where the terminal layer reads answers and writes text. The real one is the
/// process's standard input and output; tests and the trainer demo inject their own.
public protocol Console: AnyObject, Sendable {
    /// The next line typed, without its line break; nil at the end of input (Ctrl-D).
    func readLine() -> String?
    /// A line typed without echo (a passphrase); nil at the end of input.
    func readSecret() -> String?
    /// Lines that arrived together with the line just read, as when a message or e-mail
    /// headers are pasted into the terminal; empty when the person typed one line.
    func readPastedLines() -> [String]
    /// Writes text as it is.
    func write(_ text: String)
    /// Whether a person is at a terminal (prompts wait and re-ask) or input is piped.
    var isInteractive: Bool { get }
    /// How wide lines may be, at most 80 for readability.
    var width: Int { get }
}

extension Console {
    /// Writes `text` and a line break.
    public func line(_ text: String = "") {
        write(text + "\n")
    }
}
