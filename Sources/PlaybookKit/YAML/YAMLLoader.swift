/// Reads YAML into `YAMLNode` trees with libyaml, resolving scalars by the YAML 1.2
/// core schema (so `no` stays text) and rejecting what a playbook never needs and an
/// attacker might use: duplicate keys, alias bombs, deep nesting and oversized files.
/// Every node and every error carries the file and a 1-based line and column.
public struct YAMLLoader: Sendable {
    /// The bounds that stop hostile or broken input.
    public var limits: YAMLLimits

    /// Creates a loader with the given bounds.
    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// All documents of a stream, for inputs that may hold several.
    public func loadAll(_ bytes: [UInt8], file: String) throws(YAMLError) -> [YAMLNode] {
        try documents(in: bytes, file: file, expectingOne: false)
    }

    /// The stream's only document, or nil when it holds none; a second document is an
    /// error located at its start.
    public func load(_ bytes: [UInt8], file: String) throws(YAMLError) -> YAMLNode? {
        try documents(in: bytes, file: file, expectingOne: true).first
    }

    /// Reads the file at `path`, refusing it before reading when it is over the size
    /// limit, then loads its only document.
    public func load(contentsOfFile path: String) throws(YAMLError) -> YAMLNode? {
        try load(BoundedFileReader.contents(of: path, limit: limits.maxFileBytes), file: path)
    }

    private func documents(in bytes: [UInt8], file: String, expectingOne: Bool) throws(YAMLError) -> [YAMLNode] {
        guard bytes.count <= limits.maxFileBytes else {
            throw .fileTooLarge(file: file, bytes: bytes.count, limit: limits.maxFileBytes)
        }
        guard !bytes.isEmpty else { return [] }
        // Editors on some systems start UTF-8 files with a byte order mark; it is not
        // content, and editors do not count it as a column.
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return try content.withUnsafeBufferPointer { buffer throws(YAMLError) in
            if let offset = UTF8Validation.firstInvalidOffset(in: buffer) {
                throw .invalidUTF8(at: TextPosition.location(ofByte: offset, in: buffer, file: file))
            }
            let reader = YAMLEventReader(input: buffer, file: file)
            var documents: [YAMLNode] = []
            while true {
                switch try reader.next() {
                case .streamStart:
                    continue
                case .documentStart(let location):
                    if expectingOne && !documents.isEmpty { throw .multipleDocuments(at: location) }
                    documents.append(try YAMLTreeBuilder.document(from: reader, at: location, limits: limits))
                case .streamEnd:
                    return documents
                default:
                    preconditionFailure("libyaml emitted a node event outside a document")
                }
            }
        }
    }
}
