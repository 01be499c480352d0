/// The declared type of an action parameter or output, used by lint to check that a
/// playbook passes what an action expects.
public enum ValueType: String, Hashable, Sendable, Codable, CaseIterable {
    case null, bool, number, string, list, record
    /// A `YYYY-MM-DD` string.
    case date
    /// An `http` or `https` URL string.
    case url
    /// The path of a file on this device, as the person typed it; actions read it only
    /// through `FileAccess`.
    case file
    /// Any value; used where an action accepts several shapes.
    case any

    /// Whether a value of this type can be passed where `expected` is declared.
    public func fits(_ expected: ValueType) -> Bool {
        switch (self, expected) {
        case (_, .any), (.any, _): return true
        case (.date, .string), (.url, .string), (.file, .string), (.string, .date), (.string, .url), (.string, .file):
            return true
        default: return self == expected
        }
    }

    /// A short name for messages.
    public var description: String {
        switch self {
        case .null: return "nothing"
        case .bool: return "yes/no"
        case .number: return "a number"
        case .string: return "text"
        case .list: return "a list"
        case .record: return "a record"
        case .date: return "a date (YYYY-MM-DD)"
        case .url: return "a URL"
        case .file: return "a file's path"
        case .any: return "any value"
        }
    }
}
