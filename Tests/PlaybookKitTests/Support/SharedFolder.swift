import Foundation
import Testing

/// The project's read-only shared material at ../shared beside the package (see
/// ../shared/README.md). A clone outside the project's workspace has none: tests that
/// read it are skipped with `skipReason`, and `.ci/run` refuses to run without it.
enum SharedFolder {
    /// The official YAML test suite's data.
    static let yamlTestSuite = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/yaml-test-suite").standardizedFileURL

    /// Whether the YAML test suite is there.
    static let hasYAMLTestSuite = FileManager.default.fileExists(atPath: yamlTestSuite.path)

    /// Shown when the tests reading it are skipped.
    static let skipReason: Comment = "the YAML test suite is not at \(yamlTestSuite.path) (a clone without ../shared); .ci/run requires it"
}
