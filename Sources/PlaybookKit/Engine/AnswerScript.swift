/// Answers given ahead of time, as in `playbook run ID --answers FILE`: a YAML mapping
/// from step id (or `playbook#step`, when ids repeat across playbooks) to an answer:
/// an option's value, label or number; typed text; or a list (several options, or the
/// checklist items done).
public struct AnswerScript: Hashable, Sendable {
    /// An answer as written.
    public enum Answer: Hashable, Sendable {
        case one(String)
        case many([String])
    }

    /// The entries in file order.
    public var entries: [Entry]

    /// One answer in the file.
    public struct Entry: Hashable, Sendable {
        /// `step` or `playbook#step`.
        public var key: String
        /// The answer.
        public var answer: Answer
        /// Where it is written.
        public var location: SourceLocation
    }

    /// Creates a script from entries.
    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Reads a script from a YAML mapping, with located errors.
    public static func decode(_ root: YAMLNode) -> (script: AnswerScript?, diagnostics: [Diagnostic]) {
        guard let pairs = root.mapping else {
            return (nil, [Diagnostic(.error, "wrong-type", "an answers file is a mapping from step id to answer", at: root.location)])
        }
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        for pair in pairs {
            guard let key = pair.key.scalar?.text else {
                diagnostics.append(Diagnostic(.error, "wrong-type", "keys are step ids", at: pair.key.location))
                continue
            }
            switch pair.value.content {
            case .scalar(let scalar):
                entries.append(Entry(key: key, answer: .one(scalar.text), location: pair.value.location))
            case .sequence(let items):
                let texts = items.compactMap { $0.scalar?.text }
                guard texts.count == items.count else {
                    diagnostics.append(Diagnostic(.error, "wrong-type", "list items must be plain values", at: pair.value.location))
                    continue
                }
                entries.append(Entry(key: key, answer: .many(texts), location: pair.value.location))
            case .mapping:
                diagnostics.append(Diagnostic(.error, "wrong-type", "the answer to '\(key)' must be a value or a list", at: pair.value.location))
            }
        }
        return (diagnostics.isEmpty ? AnswerScript(entries: entries) : nil, diagnostics)
    }

    /// The entry for `position`, preferring `playbook#step` over `step`.
    public func entry(for position: Position) -> Entry? {
        entries.first { $0.key == position.description } ?? entries.first { $0.key == position.step }
    }
}
