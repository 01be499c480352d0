/// Reads a playbook test file into a `PlaybookTestFile`, reporting every problem at the
/// node it concerns. Problems of the file as a whole are returned; problems of one case
/// stay with that case, so the other cases still run.
public enum PlaybookTestDecoder {
    /// The keys of a test file's top level.
    public static let topLevelKeys = ["playbook", "cases"]
    /// The keys of a case.
    public static let caseKeys = ["name", "answers", "actions", "expect"]
    /// The keys of a case's `expect`.
    public static let expectationKeys = ["path", "end", "outcome", "checklist", "refer", "first-referral", "not-referred"]

    /// Decodes `root`, read from `path`; the file is nil when its top level is unusable.
    public static func decode(_ root: YAMLNode, path: String) -> (file: PlaybookTestFile?, diagnostics: [Diagnostic]) {
        var reader = NodeReader(locator: ScalarLocator(source: ""))
        guard let top = reader.mapping(root, what: "a test file", allowed: topLevelKeys) else {
            return (nil, reader.diagnostics)
        }
        let playbook = top["playbook"].flatMap { reader.identifier($0.value, key: "playbook") }
        if !top.contains("playbook") {
            reader.error("missing-key", "a test file needs 'playbook: <id>', the playbook under test", at: root.location)
        }
        guard let casesPair = top["cases"] else {
            reader.error("missing-key", "a test file needs 'cases', a list of cases with 'name', 'answers' and 'expect'", at: root.location)
            return (nil, reader.diagnostics)
        }
        guard let items = reader.list(casesPair.value, key: "cases") else { return (nil, reader.diagnostics) }
        if items.isEmpty {
            reader.error("missing-key", "'cases' is empty; add at least one case", at: casesPair.value.location)
        }
        guard let playbook, let playbookNode = top["playbook"]?.value else { return (nil, reader.diagnostics) }
        let cases = items.enumerated().map { decodeCase($1, number: $0 + 1) }
        let file = PlaybookTestFile(path: path, playbook: playbook, playbookLocation: playbookNode.location, cases: cases)
        return (file, reader.diagnostics)
    }

    private static func decodeCase(_ node: YAMLNode, number: Int) -> PlaybookTestCase {
        var reader = NodeReader(locator: ScalarLocator(source: ""))
        let fields = reader.mapping(node, what: "a case", allowed: caseKeys) ?? KeyedPairs()
        let name = fields["name"].flatMap { reader.text($0.value, key: "name") } ?? "case \(number)"
        if !fields.contains("name"), node.mapping != nil {
            reader.error("missing-key", "a case needs 'name', saying what it shows", at: node.location)
        }
        var answers = AnswerScript(entries: [])
        if let answersNode = fields["answers"]?.value, !isNull(answersNode) {
            let (script, found) = AnswerScript.decode(answersNode)
            answers = script ?? answers
            for diagnostic in found { reader.error(diagnostic.rule, diagnostic.message, at: diagnostic.location) }
        }
        var stubs = ActionStubs()
        if let actionsNode = fields["actions"]?.value, !isNull(actionsNode) {
            stubs = decodeStubs(actionsNode, reader: &reader)
        }
        var expectations = TestExpectations()
        if let expectNode = fields["expect"]?.value, !isNull(expectNode) {
            expectations = decodeExpectations(expectNode, reader: &reader)
        }
        return PlaybookTestCase(
            name: name, location: node.location, answers: answers, stubs: stubs, expectations: expectations,
            problems: reader.diagnostics)
    }

    private static func decodeStubs(_ node: YAMLNode, reader: inout NodeReader) -> ActionStubs {
        guard let pairs = node.mapping else {
            reader.error("wrong-type", "'actions' must be a mapping from action step id to its outputs", at: node.location)
            return ActionStubs()
        }
        var stubs: [ActionStubs.Stub] = []
        for pair in pairs {
            guard let key = reader.text(pair.key, key: "action step"), let scalar = pair.key.scalar else { continue }
            guard isStepKey(key) else {
                reader.error("invalid-id", "\(Diagnostic.quote(key)) is not a step id or '<playbook>#<step>': \(Identifier.rule)", at: pair.key.location)
                continue
            }
            guard let outputs = pair.value.mapping else {
                reader.error("wrong-type", "the stub of \(Diagnostic.quote(scalar.text)) must be a mapping from output name to value", at: pair.value.location)
                continue
            }
            var values: [String: Value] = [:]
            var locations: [String: SourceLocation] = [:]
            for output in outputs {
                guard let name = reader.text(output.key, key: "output name") else { continue }
                values[name] = value(of: output.value)
                locations[name] = output.key.location
            }
            stubs.append(ActionStubs.Stub(key: key, outputs: values, location: pair.key.location, outputLocations: locations))
        }
        return ActionStubs(stubs)
    }

    private static func decodeExpectations(_ node: YAMLNode, reader: inout NodeReader) -> TestExpectations {
        guard let fields = reader.mapping(node, what: "'expect'", allowed: expectationKeys) else { return TestExpectations() }
        var expectations = TestExpectations()
        func list(_ key: String, check: (String, SourceLocation, inout NodeReader) -> Void = { _, _, _ in }) -> TestExpectation<[String]>? {
            guard let node = fields[key]?.value, let items = reader.list(node, key: key) else { return nil }
            var texts: [String] = []
            for item in items {
                guard let text = reader.text(item, key: key) else { continue }
                check(text, item.location, &reader)
                texts.append(text)
            }
            guard texts.count == items.count else { return nil }
            return TestExpectation(texts, at: node.location)
        }
        expectations.path = list("path") { step, location, reader in
            if !isStepKey(step) {
                reader.error("invalid-id", "\(Diagnostic.quote(step)) in 'path' is not a step id or '<playbook>#<step>'", at: location)
            }
        }
        if let node = fields["end"]?.value, let end = reader.text(node, key: "end") {
            if isStepKey(end) {
                expectations.end = TestExpectation(end, at: node.location)
            } else {
                reader.error("invalid-id", "'end' names the end step reached: a step id or '<playbook>#<step>', not \(Diagnostic.quote(end))", at: node.location)
            }
        }
        if let node = fields["outcome"]?.value, let text = reader.text(node, key: "outcome") {
            if let outcome = EndOutcome(rawValue: text) {
                expectations.outcome = TestExpectation(outcome, at: node.location)
            } else {
                let names = EndOutcome.allCases.map(\.rawValue)
                reader.error("unknown-outcome", "\(Diagnostic.quote(text)) is not an outcome; use one of \(names.joined(separator: ", "))\(Suggestion.hint(for: text, in: names))", at: node.location)
            }
        }
        expectations.checklist = list("checklist")
        expectations.refer = list("refer") { service, location, reader in
            if !ResponderDirectory.serviceKeys.contains(service) {
                reader.error("unknown-service", "\(Diagnostic.quote(service)) is not a service of the responder directory\(Suggestion.hint(for: service, in: ResponderDirectory.serviceKeys.sorted()))", at: location)
            }
        }
        if let node = fields["first-referral"]?.value, let id = reader.identifier(node, key: "first-referral") {
            expectations.firstReferral = TestExpectation(id, at: node.location)
        }
        expectations.notReferred = list("not-referred")
        return expectations
    }

    /// Whether `text` is `step` or `playbook#step`.
    static func isStepKey(_ text: String) -> Bool {
        let parts = text.split(separator: "#", omittingEmptySubsequences: false).map(String.init)
        return parts.count <= 2 && parts.allSatisfy(Identifier.isValid)
    }

    private static func isNull(_ node: YAMLNode) -> Bool {
        node.scalar?.value == .null
    }

    /// A stubbed output as a session value: numbers, booleans, text, lists and records.
    static func value(of node: YAMLNode) -> Value {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .int(let number): return .number(Double(number))
            case .float(let number): return .number(number)
            case .string(let text): return .string(text)
            }
        case .sequence(let items):
            return .list(items.map(value(of:)))
        case .mapping(let pairs):
            var fields: [String: Value] = [:]
            for pair in pairs {
                if let key = pair.key.scalar?.text { fields[key] = value(of: pair.value) }
            }
            return .record(fields)
        }
    }
}
