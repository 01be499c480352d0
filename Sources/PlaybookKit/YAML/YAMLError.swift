/// Why a YAML file could not be read. Every case carries the location to point at and
/// renders as a message that says what to do.
public enum YAMLError: Error, Hashable, Sendable {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The file is larger than `YAMLLimits.maxFileBytes`.
    case fileTooLarge(file: String, bytes: Int, limit: Int)
    /// The bytes are not valid UTF-8.
    case invalidUTF8(at: SourceLocation)
    /// libyaml's scanner or parser rejected the text; `problem` is its description.
    case syntax(problem: String, at: SourceLocation)
    /// A mapping repeats a key; `first` is where it was first given.
    case duplicateKey(key: String, at: SourceLocation, first: SourceLocation)
    /// An alias names an anchor that was not defined before it.
    case undefinedAlias(name: String, at: SourceLocation)
    /// Aliases would expand the document past `YAMLLimits.maxAliasExpansion` nodes.
    case aliasExpansionTooLarge(limit: Int, at: SourceLocation)
    /// Sequences and mappings nest deeper than `YAMLLimits.maxDepth`.
    case nestingTooDeep(limit: Int, at: SourceLocation)
    /// A file that must hold one document holds several.
    case multipleDocuments(at: SourceLocation)
    /// An explicit core-schema tag does not fit its scalar, e.g. `!!int abc`.
    case invalidTaggedValue(tag: String, text: String, at: SourceLocation)

    /// Where to point; for whole-file problems, line 1 column 1.
    public var location: SourceLocation {
        switch self {
        case .unreadable(let file, _), .fileTooLarge(let file, _, _):
            return SourceLocation(file: file, line: 1, column: 1)
        case .invalidUTF8(let at), .syntax(_, let at), .duplicateKey(_, let at, _),
            .undefinedAlias(_, let at), .aliasExpansionTooLarge(_, let at),
            .nestingTooDeep(_, let at), .multipleDocuments(let at),
            .invalidTaggedValue(_, _, let at):
            return at
        }
    }

    /// A stable rule id for diagnostics.
    public var rule: String {
        switch self {
        case .unreadable: return "unreadable-file"
        case .fileTooLarge: return "file-too-large"
        case .invalidUTF8: return "invalid-utf8"
        case .syntax: return "yaml-syntax"
        case .duplicateKey: return "duplicate-key"
        case .undefinedAlias: return "undefined-alias"
        case .aliasExpansionTooLarge: return "alias-expansion"
        case .nestingTooDeep: return "nesting-too-deep"
        case .multipleDocuments: return "multiple-documents"
        case .invalidTaggedValue: return "invalid-tagged-value"
        }
    }

    /// What went wrong and what to do, in one sentence or two.
    public var message: String {
        switch self {
        case .unreadable(_, let reason):
            return "cannot read the file: \(reason)"
        case .fileTooLarge(_, let bytes, let limit):
            return "the file is \(bytes) bytes, more than the \(limit) bytes allowed; split it into several playbooks"
        case .invalidUTF8:
            return "the file is not valid UTF-8; save it as UTF-8 in your editor"
        case .syntax(let problem, _):
            return "YAML syntax error: \(problem); check indentation and quoting on this line or the one before"
        case .duplicateKey(let key, _, let first):
            return "the key \(Diagnostic.quote(key)) is given twice (first at line \(first.line), column \(first.column)); remove or rename one"
        case .undefinedAlias(let name, _):
            return "the alias '*\(name)' names no anchor defined before it; define '&\(name)' first"
        case .aliasExpansionTooLarge(let limit, _):
            return "aliases expand to more than \(limit) nodes; this looks like an alias bomb, remove the aliases"
        case .nestingTooDeep(let limit, _):
            return "lists and mappings nest deeper than \(limit) levels; flatten the structure"
        case .multipleDocuments:
            return "the file holds more than one YAML document; keep one playbook per file and remove the '---' separator"
        case .invalidTaggedValue(let tag, let text, _):
            return "\(Diagnostic.quote(text)) is not a valid value for the tag \(tag); fix the value or remove the tag"
        }
    }

    /// This error as a diagnostic.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, rule, message, at: location)
    }
}
