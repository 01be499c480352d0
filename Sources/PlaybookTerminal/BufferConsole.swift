import Foundation

/// A console over a list of lines to read and a buffer of what was written: for tests,
/// and for the trainer demo's scripted runs.
public final class BufferConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [String]
    private var written = ""
    private var pasted: [String] = []

    /// Whether it behaves as a terminal (re-asks) or as piped input (fails on a bad answer).
    public let isInteractive: Bool
    /// The line width.
    public let width: Int

    /// Creates a console that will read `lines` in order; an element holding line breaks
    /// stands for several lines pasted at once.
    public init(lines: [String], interactive: Bool = true, width: Int = 80) {
        pending = lines
        isInteractive = interactive
        self.width = width
    }

    /// The next line; when interactive, it is echoed into the output as a terminal would.
    public func readLine() -> String? {
        lock.withLock {
            guard !pending.isEmpty else { return nil }
            var lines = pending.removeFirst().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let line = lines.removeFirst()
            pasted = lines
            if isInteractive { written += line + "\n" }
            return line
        }
    }

    public func readPastedLines() -> [String] {
        lock.withLock {
            defer { pasted = [] }
            if isInteractive { written += pasted.map { $0 + "\n" }.joined() }
            return pasted
        }
    }

    public func readSecret() -> String? { readLine() }

    public func write(_ text: String) {
        lock.withLock { written += text }
    }

    /// Everything written so far.
    public var output: String { lock.withLock { written } }
}
