import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The process's standard input and output.
public final class StandardConsole: Console, @unchecked Sendable {
    /// Whether standard input and output are both terminals.
    public let isInteractive: Bool
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private var atEnd = false

    /// Creates the console, looking at whether standard input and output are terminals.
    public init() {
        isInteractive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    public func readLine() -> String? {
        lock.withLock {
            while true {
                if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    var line = Array(buffer[..<end])
                    buffer.removeFirst(end + 1)
                    if line.last == UInt8(ascii: "\r") { line.removeLast() }
                    return String(decoding: line, as: UTF8.self)
                }
                if atEnd {
                    guard !buffer.isEmpty else { return nil }
                    defer { buffer.removeAll() }
                    return String(decoding: buffer, as: UTF8.self)
                }
                fill()
            }
        }
    }

    /// Lines already waiting, or arriving within a few hundredths of a second: a person
    /// types one line at a time, a paste delivers them all at once.
    public func readPastedLines() -> [String] {
        var lines: [String] = []
        while isInteractive, hasInputWaiting(), let line = readLine() {
            lines.append(line)
        }
        return lines
    }

    private func hasInputWaiting() -> Bool {
        if lock.withLock({ buffer.contains(UInt8(ascii: "\n")) }) { return true }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 30) > 0
    }

    /// Reads what standard input has, blocking until something arrives.
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return
            }
            if count < 0, errno == EINTR { continue }
            atEnd = true
            return
        }
    }

    public func readSecret() -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return readLine() }
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            write("\n")
        }
        return readLine()
    }

    public func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public var width: Int {
        var size = winsize()
        guard isInteractive, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return 80 }
        return min(Int(size.ws_col), 80)
    }
}
