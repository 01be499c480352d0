import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The process's standard input and output.
public final class StandardConsole: Console, @unchecked Sendable {
    /// Whether standard input and output are both terminals.
    public let isInteractive: Bool

    /// Creates the console, looking at whether standard input and output are terminals.
    public init() {
        isInteractive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    public func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
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
