import PlaybookKit

/// The promises a fuzz target checks beyond "does not crash": a broken one stops the
/// fuzzer with a message, and libFuzzer keeps the input that broke it.
public enum Invariant {
    /// Stops the run when `condition` does not hold.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError(message()) }
    }

    /// Every node, error and diagnostic of a reader names the file it read and a line
    /// and column inside it, as the readers promise.
    public static func requireLocated(_ location: SourceLocation, in extent: InputExtent, _ what: @autoclosure () -> String) {
        require(
            location.file == extent.file && (1...extent.lines).contains(location.line) && (1...extent.columns).contains(location.column),
            "\(what()) is not located inside the input: \(location)")
    }
}
