import Foundation

/// Decides what a redacted report leaves out, so that a report can be shared without
/// the person's own words. Free text is what the person typed (answers to `text` and
/// `url` inputs), their notes and checklist notes. Action parameters built from free
/// text, text outputs of actions given such parameters, and any parameter or output
/// that contains free text are left out as well; action messages and facet sections
/// have free text replaced wherever it appears.
struct ReportRedactor {
    /// An action the session ran, with what redaction left out of it.
    struct Action {
        /// The action step.
        var position: Position
        /// The record, with left-out values replaced by `SessionReport.leftOut`.
        var record: ActionRecord
    }

    /// Shortest free text replaced wherever it appears inside other text; shorter
    /// text is left out only where it is the whole value, so that an answer such as
    /// "no" does not blank out every "no" in a message.
    static let minimumScrubLength = 3

    /// Whether anything is left out.
    let isEnabled: Bool
    /// The actions in the order they ran.
    private(set) var actions: [Action] = []
    private let state: SessionState
    private let engine: Engine
    private var answers: [String: [String: Value]]
    /// Free texts to find inside other text, longest first.
    private var secrets: [String] = []

    init(state: SessionState, engine: Engine, enabled: Bool) {
        self.state = state
        self.engine = engine
        isEnabled = enabled
        answers = state.answers
        let actionPlaybooks = state.path.compactMap { entry -> String? in
            if case .actionRan = entry.reason { return entry.position.playbook }
            return nil
        }
        func position(ofAction index: Int) -> Position {
            let playbook = index < actionPlaybooks.count ? actionPlaybooks[index] : state.position.playbook
            return Position(playbook: playbook, step: state.actions[index].step)
        }
        guard enabled else {
            actions = state.actions.indices.map { Action(position: position(ofAction: $0), record: state.actions[$0]) }
            return
        }
        var tainted: [String: [[String]]] = [:]
        var found: Set<String> = []
        for (playbook, stepAnswers) in state.answers {
            for (step, value) in stepAnswers where isFreeText(Position(playbook: playbook, step: step), value) {
                found.formUnion(Self.variants(of: value))
                answers[playbook, default: [:]][step] = .string(SessionReport.leftOut)
                tainted[playbook, default: []].append([step])
            }
        }
        found.formUnion(state.notes.map(\.text))
        found.formUnion(state.checklists.values.flatMap(\.values).compactMap(\.note))
        secrets = found.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        for index in state.actions.indices {
            let at = position(ofAction: index)
            var record = state.actions[index]
            let call = actionCall(at: at)
            var taintedParameters = false
            for (name, value) in record.parameters {
                let fromFreeText: Bool
                if let argument = call?.arguments.first(where: { $0.name == name }) {
                    let read = Self.references(in: argument.content)
                    fromFreeText = read.contains { path in
                        tainted[at.playbook, default: []].contains { Self.overlap($0, path) }
                    }
                } else {
                    fromFreeText = Self.holdsText(value)
                }
                if fromFreeText || containsSecret(value) {
                    record.parameters[name] = .string(SessionReport.leftOut)
                    taintedParameters = true
                }
            }
            for (name, value) in record.result.outputs where (taintedParameters && Self.holdsText(value)) || containsSecret(value) {
                record.result.outputs[name] = .string(SessionReport.leftOut)
                tainted[at.playbook, default: []].append([at.step, name])
            }
            record.result.messages = record.result.messages.map(scrub)
            if answers[at.playbook]?[at.step] != nil {
                answers[at.playbook]?[at.step] = .record(record.result.outputs)
            }
            actions.append(Action(position: at, record: record))
        }
    }

    /// Whether the answer at `position` is left out: an answer to a `text` or `url`
    /// input, or any answer holding text at a step the playbooks no longer have.
    func isFreeTextAnswer(at position: Position) -> Bool {
        guard isEnabled else { return false }
        return isFreeText(position, state.answers[position.playbook]?[position.step] ?? .string(""))
    }

    /// The session as templates should see it at `position`: that step's playbook's
    /// answers, with left-out values replaced.
    func state(at position: Position) -> SessionState {
        var scoped = state
        scoped.answers = answers
        scoped.position = position
        return scoped
    }

    /// `text` with the home folder of every file path in it shown as `~`, so that a path
    /// such as `/home/marta/Desktop/mail.eml`, `/Users/marta/…` or
    /// `C:\Users\marta\…` does not give away the person's user name on the computer:
    /// `~/Desktop/mail.eml`.
    static func hidingHomeFolders(_ text: String) -> String {
        guard text.contains("/home/") || text.range(of: "users", options: .caseInsensitive) != nil
            || text.range(of: "documents and settings", options: .caseInsensitive) != nil
        else { return text }
        var result = text
        for pattern in homeFolderPatterns {
            result = result.replacingOccurrences(of: pattern, with: "~", options: .regularExpression)
        }
        return result
    }

    /// Home folders on Linux (`/home/name`, `/var/home/name`), macOS (`/Users/name`) and
    /// Windows (`C:\Users\name`, `C:/Users/name`);
    /// the name runs to the next separator (a name may hold spaces), or to the first space
    /// when no separator follows.
    private static let homeFolderPatterns = [
        #"(?<![\w.~-])(?:/var)?/home/(?:[^/\n"'<>|]+(?=/)|[^/\s"'<>|]+)"#,
        #"(?<![\w.~-])/Users/(?:[^/\n"'<>|]+(?=/)|[^/\s"'<>|]+)"#,
        #"(?i)\b[a-z]:[\\/](?:users|documents and settings)[\\/](?:[^\\/\n"'<>|]+(?=[\\/])|[^\\/\s"'<>|]+)"#,
    ]

    /// `text` with every free text found in it replaced by `SessionReport.leftOut`.
    func scrub(_ text: String) -> String {
        guard isEnabled else { return text }
        var result = text
        for secret in secrets {
            if secret.count >= Self.minimumScrubLength {
                result = result.replacingOccurrences(of: secret, with: SessionReport.leftOut, options: .caseInsensitive)
            } else if result.trimmingCharacters(in: .whitespacesAndNewlines).caseInsensitiveCompare(secret) == .orderedSame {
                return SessionReport.leftOut
            }
        }
        return result
    }

    private func isFreeText(_ position: Position, _ value: Value) -> Bool {
        guard let step = engine.playbooks[position.playbook]?.step(position.step) else { return Self.holdsText(value) }
        guard case .input(let input) = step.kind else { return false }
        return input.type == .text || input.type == .url
    }

    private func actionCall(at position: Position) -> StepKind.ActionCall? {
        guard case .action(let call) = engine.playbooks[position.playbook]?.step(position.step)?.kind else { return nil }
        return call
    }

    private func containsSecret(_ value: Value) -> Bool {
        switch value {
        case .string(let text):
            return secrets.contains { secret in
                text.trimmingCharacters(in: .whitespacesAndNewlines).caseInsensitiveCompare(secret) == .orderedSame
                    || (secret.count >= Self.minimumScrubLength && text.range(of: secret, options: .caseInsensitive) != nil)
            }
        case .list(let items): return items.contains(where: containsSecret)
        case .record(let fields): return fields.values.contains(where: containsSecret)
        case .null, .bool, .number: return false
        }
    }

    /// The texts to look for of a free-text answer: the answer, and for a web address
    /// also the address without its scheme and its host, as actions often echo those.
    private static func variants(of value: Value) -> Set<String> {
        let text = value.displayText
        var variants: Set<String> = [text]
        if let range = text.range(of: "://") {
            variants.insert(String(text[range.upperBound...]))
            if let host = URLComponents(string: text)?.host { variants.insert(host) }
        }
        return variants
    }

    /// Whether `value` holds text other than dates.
    private static func holdsText(_ value: Value) -> Bool {
        switch value {
        case .string(let text): return CalendarDate(text) == nil
        case .list(let items): return items.contains(where: holdsText)
        case .record(let fields): return fields.values.contains(where: holdsText)
        case .null, .bool, .number: return false
        }
    }

    /// The answer paths an argument reads.
    private static func references(in content: ActionArgument.Content) -> [[String]] {
        switch content {
        case .literal: return []
        case .template(let text): return text.template.references.map(\.path)
        case .list(let items): return items.flatMap(references(in:))
        }
    }

    /// Whether one path is a prefix of the other, so reading one reads (part of) the other.
    private static func overlap(_ a: [String], _ b: [String]) -> Bool {
        a.count <= b.count ? Array(b.prefix(a.count)) == a : Array(a.prefix(b.count)) == b
    }
}
