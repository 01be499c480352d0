import PlaybookKit

/// The file name the loader tests pass in, so locations can be compared whole.
let testFile = "test.yaml"

/// A location in `testFile`.
func at(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: testFile, line: line, column: column)
}

/// Loads the single document of `text`.
func load(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> YAMLNode? {
    try YAMLLoader(limits: limits).load(Array(text.utf8), file: testFile)
}

/// The error loading `text` throws, or nil when it loads.
func loadError(_ text: String) -> YAMLError? {
    do {
        _ = try load(text)
        return nil
    } catch {
        return error
    }
}

/// Loads `text`, which must hold one document, and returns its root.
func root(_ text: String) throws -> YAMLNode {
    guard let node = try load(text) else { throw MissingDocument() }
    return node
}

struct MissingDocument: Error {}
