/// Reads typed values out of YAML nodes and records a located diagnostic for every
/// mismatch, so that one pass over a file reports all its problems at once.
struct NodeReader {
    /// Everything found so far.
    private(set) var diagnostics: [Diagnostic] = []

    /// Records a diagnostic made elsewhere (a shared rule such as `CheckedDate`).
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }
    /// Maps offsets inside scalars to file locations.
    private var locator: ScalarLocator
    /// How many more unknown keys get a "did you mean". Lint shows at most
    /// `DiagnosticFormatter.maxPerFile` findings of a file, so later suggestions would
    /// never be read, and a file of 400,000 misspelt keys must not cost 400,000 searches.
    private var suggestionsLeft = DiagnosticFormatter.maxPerFile

    /// A reader of one file, whose text `locator` holds.
    init(locator: ScalarLocator) {
        self.locator = locator
    }

    /// Records an error.
    mutating func error(_ rule: String, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, rule, message, at: location))
    }

    /// Records a warning.
    mutating func warning(_ rule: String, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, rule, message, at: location))
    }

    /// The pairs of a mapping whose keys are all plain text; reports other keys and
    /// keys not in `allowed` (with a "did you mean").
    mutating func mapping(_ node: YAMLNode, what: String, allowed: [String]) -> KeyedPairs? {
        guard let pairs = node.mapping else {
            error("wrong-type", "\(what) must be a mapping of keys to values, not \(node.kindDescription)", at: node.location)
            return nil
        }
        for index in pairs.indices {
            guard case .scalar(let scalar) = pairs[index].key.content, scalar.value != .null else {
                error("wrong-type", "keys in \(what) must be plain words", at: pairs[index].key.location)
                continue
            }
            let key = scalar.text
            if !allowed.contains(key) {
                var hint = ""
                if suggestionsLeft > 0 {
                    suggestionsLeft -= 1
                    hint = Suggestion.hint(for: key, in: allowed)
                }
                error("unknown-key", "unknown key \(Diagnostic.quote(key)) in \(what)\(hint)", at: pairs[index].key.location)
            }
        }
        return KeyedPairs(of: pairs, allowed: allowed)
    }

    /// The text of a required scalar; reports it when missing or not a scalar.
    mutating func requiredText(_ pairs: KeyedPairs, _ key: String, in what: String, at location: SourceLocation) -> String? {
        guard let pair = pairs[key] else {
            error("missing-key", "\(what) needs \(Diagnostic.quote(key))", at: location)
            return nil
        }
        return text(pair.value, key: key)
    }

    /// The text of a scalar (any non-null scalar; numbers keep their written form).
    mutating func text(_ node: YAMLNode, key: String) -> String? {
        guard let scalar = node.scalar, scalar.value != .null else {
            error("wrong-type", "\(Diagnostic.quote(key)) must be text, not \(node.kindDescription)", at: node.location)
            return nil
        }
        return scalar.text
    }

    /// A boolean written `true` or `false`.
    mutating func bool(_ node: YAMLNode, key: String) -> Bool? {
        guard case .bool(let flag) = node.scalar?.value else {
            let hint = node.scalar.map { ["yes", "no", "on", "off", "y", "n"].contains($0.text.lowercased()) } == true
                ? " (in YAML 1.2 \(Diagnostic.quote(node.scalar!.text)) is text)" : ""
            error("wrong-type", "\(Diagnostic.quote(key)) must be true or false\(hint)", at: node.location)
            return nil
        }
        return flag
    }

    /// A well-formed id.
    mutating func identifier(_ node: YAMLNode, key: String) -> String? {
        guard let text = text(node, key: key) else { return nil }
        guard Identifier.isValid(text) else {
            error("invalid-id", "\(Diagnostic.quote(text)) is not a valid \(key): \(Identifier.rule)", at: node.location)
            return nil
        }
        return text
    }

    /// A `YYYY-MM-DD` date that exists in the calendar.
    mutating func date(_ node: YAMLNode, key: String) -> String? {
        guard let text = text(node, key: key) else { return nil }
        guard CalendarDate(text) != nil else {
            error("invalid-date", "\(Diagnostic.quote(key)) must be a date written YYYY-MM-DD, not \(Diagnostic.quote(text))", at: node.location)
            return nil
        }
        return text
    }

    /// A step target (`step`, `playbook:id` or `playbook:id#step`).
    mutating func target(_ node: YAMLNode, key: String) -> StepTarget? {
        guard let text = text(node, key: key) else { return nil }
        guard let target = StepTarget(parsing: text, at: node.location) else {
            error("invalid-target", "\(Diagnostic.quote(text)) is not a step id or 'playbook:<id>' or 'playbook:<id>#<step>': \(Identifier.rule)", at: node.location)
            return nil
        }
        return target
    }

    /// Text that may hold `{{ }}` placeholders, parsed, with errors located inside it.
    mutating func template(_ node: YAMLNode, key: String) -> TextTemplate? {
        guard let text = text(node, key: key), let scalar = node.scalar else { return nil }
        do {
            let template = try Template.parse(text)
            let locations = locator.locations(of: template.references.map(\.offset), in: scalar, at: node.location)
            return TextTemplate(source: text, template: template, location: node.location, referenceLocations: locations)
        } catch {
            self.error("expression-syntax", error.message, at: locator.location(of: error.offset, in: scalar, at: node.location))
            return nil
        }
    }

    /// Where each of `offsets` inside `scalar`, which starts at `location`, is in the file.
    mutating func locations(of offsets: [Int], in scalar: YAMLScalar, at location: SourceLocation) -> [SourceLocation] {
        locator.locations(of: offsets, in: scalar, at: location)
    }

    /// Where `offset` inside `scalar`, which starts at `location`, is in the file.
    mutating func location(of offset: Int, in scalar: YAMLScalar, at location: SourceLocation) -> SourceLocation {
        locator.location(of: offset, in: scalar, at: location)
    }

    /// A list of nodes.
    mutating func list(_ node: YAMLNode, key: String) -> [YAMLNode]? {
        guard let items = node.sequence else {
            error("wrong-type", "\(Diagnostic.quote(key)) must be a list, not \(node.kindDescription)", at: node.location)
            return nil
        }
        return items
    }
}
