import PlaybookKit

/// Reading a fuzz input's YAML document, as the tool reads a file.
public enum FuzzDocument {
    /// The document in `bytes`, or nil when there is none or the loader refused the
    /// input; a refusal must be located inside the input.
    public static func load(_ bytes: [UInt8], in extent: InputExtent) -> YAMLNode? {
        do {
            return try YAMLLoader().load(bytes, file: extent.file)
        } catch {
            Invariant.requireLocated(error.location, in: extent, "the error '\(error.message)'")
            return nil
        }
    }
}
