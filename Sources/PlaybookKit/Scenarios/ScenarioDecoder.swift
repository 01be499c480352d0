/// Compiles a scenario's YAML tree into a `Scenario`, reporting every schema problem at
/// the node it concerns. Checks against the library (playbooks, facets, shipped files,
/// whether the answers reach an end) are `ScenarioChecker`'s.
public struct ScenarioDecoder {
    /// The keys a scenario's top level may have.
    public static let topLevelKeys = ["id", "title", "setting", "reviewed", "region", "acts"]
    /// The keys of `setting`.
    public static let settingKeys = ["organisation", "country", "situation"]
    /// The keys an act may have.
    public static let actKeys = [
        "id", "title", "narrator", "facet", "narration", "notes", "prompts", "injects", "playbook", "answers", "files", "public",
    ]
    /// The keys of an inject.
    public static let injectKeys = ["at", "text"]

    private var reader: NodeReader

    private init(source: String) {
        reader = NodeReader(locator: ScalarLocator(source: source))
    }

    /// Decodes `root`, read from a file whose text is `source`. Returns nil for the
    /// scenario when any part is unusable; the diagnostics say why.
    public static func decode(_ root: YAMLNode, source: String) -> (scenario: Scenario?, diagnostics: [Diagnostic]) {
        var decoder = ScenarioDecoder(source: source)
        let scenario = decoder.decodeScenario(root)
        let diagnostics = decoder.reader.diagnostics
        return (diagnostics.contains { $0.severity == .error } ? nil : scenario, diagnostics)
    }

    private mutating func decodeScenario(_ root: YAMLNode) -> Scenario? {
        guard let top = reader.mapping(root, what: "a scenario", allowed: Self.topLevelKeys) else { return nil }
        let what = "a scenario"
        let id = required(top, "id", in: what, at: root.location).flatMap { reader.identifier($0, key: "id") }
        let title = reader.requiredText(top, "title", in: what, at: root.location)
        let setting = required(top, "setting", in: what, at: root.location).flatMap { decodeSetting($0) }
        let reviewed = required(top, "reviewed", in: what, at: root.location).flatMap { reader.date($0, key: "reviewed") }
        let region = top["region"].flatMap { decodeRegion($0.value) }
        var acts: [ScenarioAct] = []
        if let node = required(top, "acts", in: what, at: root.location), let items = reader.list(node, key: "acts") {
            if items.isEmpty { reader.error("missing-key", "'acts' is empty; a scenario needs at least one act", at: node.location) }
            var seen: [String: SourceLocation] = [:]
            for item in items {
                guard let act = decodeAct(item) else { continue }
                if let first = seen[act.id] {
                    reader.error("duplicate-id", "the act id \(Diagnostic.quote(act.id)) is also used at line \(first.line); act ids must be unique in a scenario", at: act.location)
                }
                seen[act.id] = act.location
                acts.append(act)
            }
        }
        guard let id, let title, let setting, let reviewed else { return nil }
        return Scenario(id: id, title: title, setting: setting, reviewed: reviewed, region: region, acts: acts, location: top["id"]!.value.location)
    }

    /// The scenario's region: one of the directory's region names, since referrals match
    /// organisations by them.
    private mutating func decodeRegion(_ node: YAMLNode) -> String? {
        guard let region = reader.text(node, key: "region") else { return nil }
        let known = ResponderDirectory.regionKeys
        guard known.contains(region) else {
            reader.error("unknown-region", "the region \(Diagnostic.quote(region)) is not one the directory knows; use one of \(known.joined(separator: ", "))\(Suggestion.hint(for: region, in: known))", at: node.location)
            return nil
        }
        return region
    }

    private mutating func decodeSetting(_ node: YAMLNode) -> ScenarioSetting? {
        let what = "the setting"
        guard let keys = reader.mapping(node, what: what, allowed: Self.settingKeys) else { return nil }
        let organisation = reader.requiredText(keys, "organisation", in: what, at: node.location)
        let country = reader.requiredText(keys, "country", in: what, at: node.location)
        let situation = reader.requiredText(keys, "situation", in: what, at: node.location)
        guard let organisation, let country, let situation else { return nil }
        return ScenarioSetting(organisation: organisation, country: country, situation: situation)
    }

    private mutating func decodeAct(_ node: YAMLNode) -> ScenarioAct? {
        let label = node["id"]?.scalar.map { "act \(Diagnostic.quote($0.text))" } ?? "an act"
        guard let keys = reader.mapping(node, what: label, allowed: Self.actKeys) else { return nil }
        let id = required(keys, "id", in: label, at: node.location).flatMap { reader.identifier($0, key: "act id") }
        let title = reader.requiredText(keys, "title", in: label, at: node.location)
        let narrator = reader.requiredText(keys, "narrator", in: label, at: node.location)
        let facet = required(keys, "facet", in: label, at: node.location).flatMap { reader.identifier($0, key: "facet") }
        let narration = reader.requiredText(keys, "narration", in: label, at: node.location)
        let notes = keys["notes"].flatMap { reader.text($0.value, key: "notes") }
        var prompts: [String] = []
        if let pair = keys["prompts"], let items = reader.list(pair.value, key: "prompts") {
            prompts = items.compactMap { reader.text($0, key: "prompts") }
        }
        let injects = keys["injects"].map { decodeInjects($0.value) } ?? []
        let playbook = required(keys, "playbook", in: label, at: node.location).flatMap { reader.identifier($0, key: "playbook") }
        var answers: AnswerScript?
        if let node = required(keys, "answers", in: label, at: node.location) {
            let (script, found) = AnswerScript.decode(node)
            for diagnostic in found { reader.error(diagnostic.rule, diagnostic.message, at: diagnostic.location) }
            answers = script
        }
        var files: [String] = []
        var fileLocations: [SourceLocation] = []
        if let pair = keys["files"], let items = reader.list(pair.value, key: "files") {
            for item in items {
                guard let path = reader.text(item, key: "files") else { continue }
                if path.hasPrefix("/") || path.split(separator: "/").contains("..") {
                    reader.error("scenario-file", "\(Diagnostic.quote(path)) must be a path inside the scenario's folder, relative to the scenario file, without '..'", at: item.location)
                    continue
                }
                files.append(path)
                fileLocations.append(item.location)
            }
        }
        let isPublic = keys["public"].flatMap { reader.bool($0.value, key: "public") } ?? true
        guard let id, let title, let narrator, let facet, let narration, let playbook, let answers else { return nil }
        return ScenarioAct(
            id: id, title: title, narrator: narrator, facet: facet, narration: narration, notes: notes, prompts: prompts,
            injects: injects, playbook: playbook, answers: answers, files: files, isPublic: isPublic,
            location: keys["id"]!.value.location, playbookLocation: keys["playbook"]!.value.location,
            facetLocation: keys["facet"]!.value.location, fileLocations: fileLocations)
    }

    private mutating func decodeInjects(_ node: YAMLNode) -> [ScenarioInject] {
        guard let items = reader.list(node, key: "injects") else { return [] }
        return items.compactMap { item in
            guard let keys = reader.mapping(item, what: "an inject", allowed: Self.injectKeys) else { return nil }
            let at = reader.requiredText(keys, "at", in: "an inject", at: item.location)
            let text = reader.requiredText(keys, "text", in: "an inject", at: item.location)
            guard let at, let text else { return nil }
            return ScenarioInject(at: at, text: text)
        }
    }

    /// The value of a required key; reports it when missing.
    private mutating func required(_ keys: KeyedPairs, _ key: String, in what: String, at location: SourceLocation) -> YAMLNode? {
        guard let pair = keys[key] else {
            reader.error("missing-key", "\(what) needs \(Diagnostic.quote(key))", at: location)
            return nil
        }
        return pair.value
    }
}
