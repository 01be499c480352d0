import Foundation

/// A console over a list of lines to read and a buffer of what was written: for tests,
/// and for the trainer demo's scripted runs.
public final class BufferConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [String]
    private var written = ""

    /// Whether it behaves as a terminal (re-asks) or as piped input (fails on a bad answer).
    public let isInteractive: Bool
    /// The line width.
    public let width: Int

    /// Creates a console that will read `lines` in order.
    public init(lines: [String], interactive: Bool = true, width: Int = 80) {
        pending = lines
        isInteractive = interactive
        self.width = width
    }

    /// The next line; when interactive, it is echoed into the output as a terminal would.
    public func readLine() -> String? {
        lock.withLock {
            guard !pending.isEmpty else { return nil }
            let line = pending.removeFirst()
            if isInteractive { written += line + "\n" }
            return line
        }
    }

    public func readSecret() -> String? { readLine() }

    public func write(_ text: String) {
        lock.withLock { written += text }
    }

    /// Everything written so far.
    public var output: String { lock.withLock { written } }
}
