/// Compiles a playbook's YAML tree into a `Playbook`, reporting every schema problem
/// at the node it concerns. Graph checks (unknown steps, reachability, expressions'
/// references) are `PlaybookValidator`'s.
public struct PlaybookDecoder {
    /// The keys a playbook's top level may have.
    public static let topLevelKeys = ["id", "title", "facet", "summary", "language", "reviewed", "authors", "start", "steps"]
    /// Keys every step may have besides its kind's.
    public static let commonStepKeys = ["say", "note"]
    /// The keys that decide a step's kind, in the order they are looked for.
    public static let kindKeys: [(key: String, kind: String)] = [
        ("end", "end"), ("route", "routing"), ("action", "action"), ("checklist", "checklist"),
        ("input", "input"), ("options", "question"),
    ]
    /// Every key a step may have.
    public static let stepKeys = [
        "say", "note", "ask", "options", "multiple", "remember", "input", "next", "checklist", "action", "with", "route", "end", "refer",
    ]

    private var reader: NodeReader

    private init(source: String) {
        reader = NodeReader(locator: ScalarLocator(source: source))
    }

    /// Decodes `root`, read from a file whose text is `source` and whose bytes hash to
    /// `contentHash`. Returns nil for the playbook when its top level is unusable; the
    /// diagnostics say why.
    public static func decode(_ root: YAMLNode, source: String, contentHash: String) -> (playbook: Playbook?, diagnostics: [Diagnostic]) {
        var decoder = PlaybookDecoder(source: source)
        let playbook = decoder.decodePlaybook(root, contentHash: contentHash)
        return (playbook, decoder.reader.diagnostics)
    }

    private mutating func decodePlaybook(_ root: YAMLNode, contentHash: String) -> Playbook? {
        guard let top = reader.mapping(root, what: "a playbook", allowed: Self.topLevelKeys) else { return nil }
        let location = top["id"]?.value.location ?? root.location
        let id = top["id"].flatMap { reader.identifier($0.value, key: "id") }
        if !top.contains("id") { reader.error("missing-key", "a playbook needs an 'id'", at: root.location) }
        let title = reader.requiredText(top, "title", in: "a playbook", at: root.location)
        let facet = top["facet"].flatMap { reader.identifier($0.value, key: "facet") }
        if !top.contains("facet") { reader.error("missing-key", "a playbook needs a 'facet'", at: root.location) }
        let summary = reader.requiredText(top, "summary", in: "a playbook", at: root.location)
        let language = top["language"].flatMap { reader.text($0.value, key: "language") } ?? "en"
        let reviewed = top["reviewed"].flatMap { reader.date($0.value, key: "reviewed") }
        if !top.contains("reviewed") {
            reader.error("missing-key", "a playbook needs 'reviewed: YYYY-MM-DD', the day its content was last checked", at: root.location)
        }
        let authors = top["authors"].flatMap { reader.text($0.value, key: "authors") }
        let start = top["start"].flatMap { reader.identifier($0.value, key: "start") }
        guard let stepsPair = top["steps"] else {
            reader.error("missing-key", "a playbook needs 'steps'", at: root.location)
            return nil
        }
        let steps = decodeSteps(stepsPair.value)
        guard let id, let title, let facet, let summary, let reviewed, let firstStep = steps.first else {
            if steps.isEmpty, stepsPair.value.mapping?.isEmpty == true {
                reader.error("missing-key", "'steps' is empty; a playbook needs at least one step", at: stepsPair.value.location)
            }
            return nil
        }
        return Playbook(
            id: id, title: title, facet: facet, summary: summary, language: language, reviewed: reviewed,
            authors: authors, start: start ?? firstStep.id, steps: steps, location: location,
            facetLocation: top["facet"]!.value.location, startLocation: top["start"]?.value.location,
            contentHash: contentHash)
    }

    private mutating func decodeSteps(_ node: YAMLNode) -> [Step] {
        guard let pairs = node.mapping else {
            reader.error("wrong-type", "'steps' must be a mapping from step id to step, not \(node.kindDescription)", at: node.location)
            return []
        }
        var steps: [Step] = []
        steps.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let id = reader.identifier(pair.key, key: "step id"),
                let step = decodeStep(id: id, pair.value, idLocation: pair.key.location)
            else { continue }
            steps.append(step)
        }
        return steps
    }

    private mutating func decodeStep(id: String, _ node: YAMLNode, idLocation: SourceLocation) -> Step? {
        let what = "step \(Diagnostic.quote(id))"
        guard let keys = reader.mapping(node, what: what, allowed: Self.stepKeys) else { return nil }
        var kind = "information"
        var kindsFound = 0
        for (key, candidate) in Self.kindKeys where keys.contains(key) {
            if kindsFound == 0 { kind = candidate }
            kindsFound += 1
        }
        if kindsFound > 1 {
            let kinds = Self.kindKeys.filter { keys.contains($0.key) }
            let names = kinds.map { "\(Diagnostic.quote($0.key)) (\($0.kind))" }.joined(separator: " and ")
            let last = kinds.map { keys[$0.key]!.key.location }.max()!
            reader.error("ambiguous-step", "\(what) has \(names); a step is of one kind, split it in two", at: last)
            return nil
        }
        let kindKeys = Self.keys(ofKind: kind)
        for key in keys.keys(where: { !Self.commonStepKeys.contains($0) && !kindKeys.contains($0) }) {
            let allowed = Self.commonStepKeys + kindKeys
            reader.error("unknown-key", "\(Diagnostic.quote(key)) does not belong in a \(kind) step (\(what)); it takes \(allowed.map { "\(Diagnostic.quote($0))" }.joined(separator: ", "))", at: keys[key]!.key.location)
        }
        let say = keys["say"].flatMap { reader.template($0.value, key: "say") }
        let note = keys["note"].flatMap { reader.text($0.value, key: "note") }
        let stepKind: StepKind?
        switch kind {
        case "end": stepKind = decodeEnd(keys, what: what)
        case "routing": stepKind = decodeRouting(keys["route"]!.value)
        case "action": stepKind = decodeAction(keys, what: what, at: idLocation)
        case "checklist": stepKind = decodeChecklist(keys, what: what, at: idLocation)
        case "input": stepKind = decodeInput(keys, what: what, at: idLocation)
        case "question": stepKind = decodeQuestion(keys, what: what, at: idLocation)
        default:
            if !keys.contains("say") {
                reader.error("missing-key", "\(what) has no content; give it 'say' (information), 'ask' with 'options' (question), 'input', 'checklist', 'action', 'route' or 'end'", at: idLocation)
            }
            stepKind = next(keys, what: what, at: idLocation).map { .information(next: $0) }
        }
        guard let stepKind else { return nil }
        return Step(id: id, kind: stepKind, say: say, note: note, location: idLocation)
    }

    /// The keys a kind takes besides `say` and `note`.
    static func keys(ofKind kind: String) -> [String] {
        switch kind {
        case "question": return ["ask", "options", "multiple", "remember", "next"]
        case "input": return ["ask", "input", "next"]
        case "checklist": return ["checklist", "next"]
        case "action": return ["action", "with", "next"]
        case "routing": return ["route"]
        case "end": return ["end", "refer"]
        default: return ["next"]
        }
    }

    private mutating func next(_ keys: KeyedPairs, what: String, at location: SourceLocation) -> StepTarget? {
        guard let pair = keys["next"] else {
            reader.error("dead-end", "\(what) has no 'next', so a person reaching it is stuck; add 'next: <step>' or make it an end step", at: location)
            return nil
        }
        return reader.target(pair.value, key: "next")
    }

    private mutating func ask(_ keys: KeyedPairs, what: String, at location: SourceLocation) -> TextTemplate? {
        guard let pair = keys["ask"] else {
            reader.error("missing-key", "\(what) needs 'ask', the question to show", at: location)
            return nil
        }
        return reader.template(pair.value, key: "ask")
    }

    private mutating func decodeQuestion(_ keys: KeyedPairs, what: String, at location: SourceLocation) -> StepKind? {
        let ask = ask(keys, what: what, at: location)
        let multiple = keys["multiple"].flatMap { reader.bool($0.value, key: "multiple") } ?? false
        let optionsNode = keys["options"]!.value
        guard let items = reader.list(optionsNode, key: "options") else { return nil }
        if items.isEmpty {
            reader.error("dead-end", "\(what) offers no options; add at least one", at: optionsNode.location)
        }
        var options: [QuestionOption] = []
        options.reserveCapacity(items.count)
        var seen = FirstSeen()
        for item in items {
            let allowed = multiple ? ["label", "value"] : ["label", "value", "next"]
            guard let fields = reader.mapping(item, what: "an option", allowed: allowed) else { continue }
            guard let label = reader.requiredText(fields, "label", in: "an option", at: item.location) else { continue }
            let value = fields["value"].flatMap { reader.text($0.value, key: "value") } ?? label
            if let first = seen.record(value, at: item.location) {
                reader.error("duplicate-option", "the option \(Diagnostic.quote(value)) is offered twice (first at line \(first.line)); answers could not tell them apart", at: item.location)
            }
            var target: StepTarget?
            if !multiple {
                guard let pair = fields["next"] else {
                    reader.error("dead-end", "the option \(Diagnostic.quote(label)) has no 'next'; say where picking it leads", at: item.location)
                    continue
                }
                target = reader.target(pair.value, key: "next")
            }
            options.append(QuestionOption(label: label, value: value, next: target, location: item.location))
        }
        var multipleNext: StepTarget?
        if multiple {
            multipleNext = next(keys, what: what, at: location)
        } else if let pair = keys["next"] {
            reader.error("unknown-key", "a single-choice question goes on through its options' 'next'; remove this 'next' or add 'multiple: true'", at: pair.key.location)
        }
        let remember = keys["remember"].flatMap { remembered($0.value, options: options, multiple: multiple) }
        guard let ask else { return nil }
        return .question(.init(ask: ask, options: options, multiple: multiple, next: multipleNext, remember: remember))
    }

    /// The profile field a question's `remember:` names, checking that every option's
    /// value is one the field can hold, so a misspelt region cannot silently hide the
    /// organisations that serve it.
    private mutating func remembered(_ node: YAMLNode, options: [QuestionOption], multiple: Bool) -> ReferralProfile.Field? {
        guard let text = reader.text(node, key: "remember") else { return nil }
        let fields = ReferralProfile.Field.allCases.map(\.rawValue)
        guard let field = ReferralProfile.Field(rawValue: text) else {
            reader.error("invalid-value", "\(Diagnostic.quote(text)) is not something a question can remember\(Suggestion.hint(for: text, in: fields)); use one of \(fields.joined(separator: ", "))", at: node.location)
            return nil
        }
        if multiple, field != .audience {
            reader.error("invalid-value", "a multiple-choice question can remember only 'audience'; a person has one \(text)", at: node.location)
        }
        for option in options where !ReferralProfile.accepts(option.value, for: field) {
            reader.error("invalid-value", "the option value \(Diagnostic.quote(option.value)) is not a \(text) the directory knows; \(acceptedValues(field))", at: option.location)
        }
        return field
    }

    private func acceptedValues(_ field: ReferralProfile.Field) -> String {
        let unknown = ReferralProfile.unknownValue
        switch field {
        case .language: return "use a language code such as es, or '\(unknown)'"
        case .region: return "use one of \(ResponderDirectory.regionKeys.joined(separator: ", ")), or '\(unknown)'"
        case .audience:
            return "use one of \(ResponderDirectory.audienceKeys.joined(separator: ", ")), '\(ReferralProfile.noAudienceValue)' or '\(unknown)'"
        }
    }

    private mutating func decodeInput(_ keys: KeyedPairs, what: String, at location: SourceLocation) -> StepKind? {
        let ask = ask(keys, what: what, at: location)
        let typeNode = keys["input"]!.value
        var type: InputType?
        if let text = reader.text(typeNode, key: "input") {
            type = InputType(rawValue: text)
            if type == nil {
                let names = InputType.allCases.map(\.rawValue)
                reader.error("unknown-input-type", "\(Diagnostic.quote(text)) is not an input type; use one of \(names.joined(separator: ", "))\(Suggestion.hint(for: text, in: names))", at: typeNode.location)
            }
        }
        let next = next(keys, what: what, at: location)
        guard let ask, let type, let next else { return nil }
        return .input(.init(ask: ask, type: type, next: next))
    }

    private mutating func decodeChecklist(_ keys: KeyedPairs, what: String, at location: SourceLocation) -> StepKind? {
        let listNode = keys["checklist"]!.value
        var items: [ChecklistItem] = []
        var seen = FirstSeen()
        for node in reader.list(listNode, key: "checklist") ?? [] {
            guard let fields = reader.mapping(node, what: "a checklist item", allowed: ["id", "text", "optional", "level"]) else { continue }
            guard let idPair = fields["id"] else {
                reader.error("missing-key", "a checklist item needs an 'id', so answers and tests can name it", at: node.location)
                continue
            }
            guard let id = reader.identifier(idPair.value, key: "item id"),
                let text = reader.requiredText(fields, "text", in: "a checklist item", at: node.location)
            else { continue }
            if let first = seen.record(id, at: idPair.value.location) {
                reader.error("duplicate-item", "the item id \(Diagnostic.quote(id)) is used twice in \(what) (first at line \(first.line))", at: idPair.value.location)
            }
            let optional = fields["optional"].flatMap { reader.bool($0.value, key: "optional") } ?? false
            var level: ChecklistItem.Level?
            if let levelNode = fields["level"]?.value, let text = reader.text(levelNode, key: "level") {
                level = ChecklistItem.Level(rawValue: text)
                if level == nil {
                    reader.error("wrong-type", "'level' is 'beginner' or 'advanced', not \(Diagnostic.quote(text))", at: levelNode.location)
                }
            }
            items.append(ChecklistItem(id: id, text: text, optional: optional, level: level, location: node.location))
        }
        if items.isEmpty, listNode.sequence != nil {
            reader.error("missing-key", "\(what) has an empty checklist; add items or make it an information step", at: listNode.location)
        }
        guard let next = next(keys, what: what, at: location) else { return nil }
        return .checklist(.init(items: items, next: next))
    }

    private mutating func decodeAction(_ keys: KeyedPairs, what: String, at location: SourceLocation) -> StepKind? {
        let actionNode = keys["action"]!.value
        let action = reader.text(actionNode, key: "action")
        var arguments: [ActionArgument] = []
        if let withNode = keys["with"]?.value {
            if let pairs = withNode.mapping {
                for pair in pairs {
                    guard let name = reader.text(pair.key, key: "parameter name"),
                        let content = argumentContent(pair.value, name: name)
                    else { continue }
                    arguments.append(ActionArgument(name: name, content: content, location: pair.key.location))
                }
            } else {
                reader.error("wrong-type", "'with' must be a mapping of parameter names to values, not \(withNode.kindDescription)", at: withNode.location)
            }
        }
        let next = next(keys, what: what, at: location)
        guard let action, let next else { return nil }
        return .action(.init(action: action, actionLocation: actionNode.location, arguments: arguments, next: next))
    }

    private mutating func argumentContent(_ node: YAMLNode, name: String) -> ActionArgument.Content? {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .literal(.null)
            case .bool(let flag): return .literal(.bool(flag))
            case .int(let number): return .literal(.number(Double(number)))
            case .float(let number): return .literal(.number(number))
            case .string: return reader.template(node, key: name).map { .template($0) }
            }
        case .sequence(let items):
            let contents = items.compactMap { argumentContent($0, name: name) }
            return contents.count == items.count ? .list(contents) : nil
        case .mapping:
            reader.error("wrong-type", "the parameter \(Diagnostic.quote(name)) must be text, a number, true/false or a list", at: node.location)
            return nil
        }
    }

    private mutating func decodeRouting(_ node: YAMLNode) -> StepKind? {
        guard let items = reader.list(node, key: "route") else { return nil }
        var routes: [Route] = []
        var otherwise: StepTarget?
        for (index, item) in items.enumerated() {
            guard let fields = reader.mapping(item, what: "a route", allowed: ["when", "next", "otherwise"]) else { continue }
            if let pair = fields["otherwise"] {
                if fields.contains("when") || fields.contains("next") {
                    reader.error("wrong-type", "'otherwise' stands alone: write '- otherwise: <step>'", at: item.location)
                }
                if index != items.count - 1 {
                    reader.error("unreachable-route", "routes after 'otherwise' can never be taken; make 'otherwise' the last route", at: item.location)
                }
                otherwise = reader.target(pair.value, key: "otherwise")
                continue
            }
            guard let whenPair = fields["when"] else {
                reader.error("missing-key", "a route needs 'when: <condition>' and 'next', or is '- otherwise: <step>'", at: item.location)
                continue
            }
            guard let nextPair = fields["next"] else {
                reader.error("dead-end", "this route has no 'next'; say where it leads", at: item.location)
                continue
            }
            guard let source = reader.text(whenPair.value, key: "when"), let scalar = whenPair.value.scalar,
                let target = reader.target(nextPair.value, key: "next")
            else { continue }
            do {
                let condition = try ExpressionParser.parse(source)
                let start = whenPair.value.location
                let locations = reader.locations(of: [0] + condition.references.map(\.offset), in: scalar, at: start)
                routes.append(
                    Route(
                        source: source, condition: condition, conditionLocation: locations[0],
                        referenceLocations: Array(locations.dropFirst()), next: target))
            } catch {
                reader.error("expression-syntax", error.message, at: reader.location(of: error.offset, in: scalar, at: whenPair.value.location))
            }
        }
        guard let otherwise else {
            reader.error("dead-end", "a 'route' must end with '- otherwise: <step>', for when no condition holds", at: node.location)
            return nil
        }
        return .routing(.init(routes: routes, otherwise: otherwise))
    }

    private mutating func decodeEnd(_ keys: KeyedPairs, what: String) -> StepKind? {
        let endNode = keys["end"]!.value
        guard let text = reader.text(endNode, key: "end") else { return nil }
        guard let outcome = EndOutcome(rawValue: text) else {
            let names = EndOutcome.allCases.map(\.rawValue)
            reader.error("unknown-outcome", "\(Diagnostic.quote(text)) is not an outcome; use one of \(names.joined(separator: ", "))\(Suggestion.hint(for: text, in: names))", at: endNode.location)
            return nil
        }
        var refer: [String] = []
        if let referNode = keys["refer"]?.value {
            for item in reader.list(referNode, key: "refer") ?? [] {
                guard let service = reader.text(item, key: "refer") else { continue }
                if !ResponderDirectory.serviceKeys.contains(service) {
                    reader.error("unknown-service", "\(Diagnostic.quote(service)) is not a service of the responder directory\(Suggestion.hint(for: service, in: ResponderDirectory.serviceKeys.sorted()))", at: item.location)
                }
                refer.append(service)
            }
        }
        return .end(.init(outcome: outcome, refer: refer, referLocation: keys["refer"]?.value.location))
    }
}
