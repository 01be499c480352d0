import Foundation

/// Runs a scenario's acts through the real engine and the real actions, the same way
/// every time: the clock stands at a fixed instant, the network is always declined,
/// actions read only the files shipped with the scenario, and what they write goes to
/// a temporary folder removed afterwards. Nothing touches the defender's sessions.
public struct ScenarioRehearsal: Sendable {
    /// The instant the rehearsal's clock starts at, 2026-03-02T08:00:00Z, so that every
    /// date an action computes or records is the same on every run.
    public static let startInstant = Date(timeIntervalSince1970: 1_772_438_400)
    /// Stands for the temporary folder in everything shown, so output does not vary.
    public static let workspaceLabel = "<workspace>"

    /// The engine over the library's playbooks and the facets.
    public var engine: Engine
    /// The organisations actions refer to.
    public var directory: ResponderDirectory
    /// The library's folders, where facets find their data files.
    public var libraryRoots: [URL]

    /// Creates a rehearsal.
    public init(engine: Engine, directory: ResponderDirectory, libraryRoots: [URL]) {
        self.engine = engine
        self.directory = directory
        self.libraryRoots = libraryRoots
    }

    /// Something shown while an act runs: an engine event, or a line an action emitted
    /// (a breathing cue, a declined network check).
    public enum Line: Hashable, Sendable {
        case event(ScriptedRun.Event)
        case emitted(String)
    }

    /// How one act went.
    public struct ActRun: Hashable, Sendable {
        /// The act.
        public var act: ScenarioAct
        /// What was shown, in order.
        public var lines: [Line]
        /// How the playbook ended; nil when the run stopped before an end.
        public var outcome: Outcome?
        /// Why the run stopped before an end, if it did.
        public var failure: ScriptedRun.Failure?
        /// The answers that no step of the run asked for (usually a mistyped step id).
        public var unusedAnswers: [AnswerScript.Entry]
    }

    /// Why a rehearsal could not start at all.
    public struct SetupError: Error, Hashable, Sendable {
        /// What went wrong and what to do.
        public var message: String
    }

    /// Runs `acts` of `scenario` in order, with one clock and one temporary workspace
    /// for all of them, as a real response would share its evidence and incident logs.
    public func run(_ scenario: Scenario, acts: [ScenarioAct]) throws(SetupError) -> [ActRun] {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-demo-\(UUID().uuidString.lowercased())")
        do {
            try AtomicFile.makePrivateDirectory(workspace)
        } catch {
            throw SetupError(message: "could not make a temporary folder for the rehearsal: \(error.message)")
        }
        defer { try? FileManager.default.removeItem(at: workspace) }
        let clock = FixedClock(start: Self.startInstant)
        let masks = [
            (workspace.standardizedFileURL.path, Self.workspaceLabel),
            (scenario.folder.path + "/", ""),
        ]
        return acts.map { act in
            run(act, of: scenario, clock: clock, workspace: workspace, masks: masks)
        }
    }

    private func run(_ act: ScenarioAct, of scenario: Scenario, clock: FixedClock, workspace: URL, masks: [(String, String)]) -> ActRun {
        let shipped = Dictionary(act.files.map { ($0, scenario.folder.appendingPathComponent($0).standardizedFileURL.path) }, uniquingKeysWith: { first, _ in first })
        let script = AnswerScript(entries: act.answers.entries.map { entry in
            var entry = entry
            switch entry.answer {
            case .one(let text): entry.answer = .one(shipped[text] ?? text)
            case .many(let texts): entry.answer = .many(texts.map { shipped[$0] ?? $0 })
            }
            return entry
        })
        let collected = LineCollector()
        let context = ActionContext(
            clock: clock,
            files: FileAccess(allowing: shipped.values),
            askConsent: { request in
                collected.append(.emitted("Not contacting \(request.host) (\(request.purpose)): a rehearsal never uses the network."))
                return false
            },
            workspace: workspace,
            directory: directory,
            libraryRoots: libraryRoots,
            emit: { collected.append(.emitted($0)) }
        )
        var outcome: Outcome?
        var failure: ScriptedRun.Failure?
        var asked: Set<String> = []
        do {
            let state = try ScriptedRun(engine: engine, context: context).run(act.playbook, script: script) { event in
                collected.append(.event(event))
            }
            outcome = state.outcome
            for entry in state.path {
                asked.insert(entry.position.step)
                asked.insert(entry.position.description)
            }
        } catch {
            failure = error
        }
        let unused = failure == nil ? act.answers.entries.filter { !asked.contains($0.key) } : []
        let lines = collected.lines.map { $0.masking(masks) }
        return ActRun(act: act, lines: lines, outcome: outcome, failure: failure, unusedAnswers: unused)
    }
}

/// Lines gathered from the engine and from actions, which may emit from any thread.
private final class LineCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [ScenarioRehearsal.Line] = []

    func append(_ line: ScenarioRehearsal.Line) {
        lock.withLock { stored.append(line) }
    }

    var lines: [ScenarioRehearsal.Line] { lock.withLock { stored } }
}

extension ScenarioRehearsal.Line {
    /// The line with each `(path, label)` replaced, so temporary and checkout paths never show.
    func masking(_ masks: [(String, String)]) -> Self {
        func mask(_ text: String) -> String {
            masks.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        }
        switch self {
        case .emitted(let text):
            return .emitted(mask(text))
        case .event(let event):
            switch event {
            case .entered: return self
            case .said(let step, let text): return .event(.said(step: step, text: mask(text)))
            case .answered(let step, let question, let answer):
                return .event(.answered(step: step, question: mask(question), answer: mask(answer)))
            case .checklist(let step, let items):
                return .event(.checklist(step: step, items: items.map { ScriptedRun.ChecklistLine(text: mask($0.text), state: $0.state) }))
            case .action(let step, let action, let messages): return .event(.action(step: step, action: action, messages: messages.map(mask)))
            case .finished(let outcome, let text): return .event(.finished(outcome, text: text.map(mask)))
            }
        }
    }
}
