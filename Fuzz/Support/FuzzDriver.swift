import CLibFuzzer
import Foundation

/// Hands a fuzz target to libFuzzer. SwiftPM links every executable with its own entry
/// point, so libFuzzer's `main` cannot be used; each target's `main` calls this instead.
public enum FuzzDriver {
    /// Runs libFuzzer with the process's arguments on `test`, then exits with its status.
    public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }
}
