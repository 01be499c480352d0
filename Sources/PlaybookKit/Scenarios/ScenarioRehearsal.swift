import Foundation

/// Runs a scenario's acts through the real engine and the real actions, the same way
/// every time: the clock stands at a fixed instant, the network is always declined,
/// actions read only the files shipped with the scenario, and what they keep stays in
/// memory for the length of the rehearsal. Nothing touches the defender's sessions.
public struct ScenarioRehearsal: Sendable {
    /// The instant the rehearsal's clock starts at, 2026-03-02T08:00:00Z, so that every
    /// date an action computes or records is the same on every run.
    public static let startInstant = Date(timeIntervalSince1970: 1_772_438_400)

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

    /// Something shown while an act runs: an event of the run, or a line the rehearsal
    /// adds (a declined network check).
    public enum Line: Hashable, Sendable {
        case event(DriverEvent)
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
        public var failure: RunFailure?
        /// The answers that no step of the run asked for (usually a mistyped step id).
        public var unusedAnswers: [AnswerScript.Entry]
    }

    /// Runs `acts` of `scenario` in order, with one clock and one set of session files
    /// for all of them, as a real response would share its evidence and incident logs.
    public func run(_ scenario: Scenario, acts: [ScenarioAct]) -> [ActRun] {
        let clock = FixedClock(start: Self.startInstant)
        let workspace = SessionFiles()
        let masks = [(scenario.folder.path + "/", "")]
        return acts.map { act in
            run(act, of: scenario, clock: clock, workspace: workspace, masks: masks)
        }
    }

    private func run(_ act: ScenarioAct, of scenario: Scenario, clock: FixedClock, workspace: SessionFiles, masks: [(String, String)]) -> ActRun {
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
        let context = ActionContext(clock: clock, directory: directory, libraryRoots: libraryRoots)
        var outcome: Outcome?
        var failure: RunFailure?
        var asked: Set<String> = []
        do throws(RunFailure) {
            let state = try SessionDriver.run(
                act.playbook, script: script, sessionFiles: workspace.contents,
                profile: ReferralProfile(region: scenario.region), engine: engine, context: context,
                files: FileAccess(allowing: shipped.values), readsTypedFiles: false,
                onEvent: { event in
                    if case .network(let request, _) = event {
                        collected.append(.emitted("Not contacting \(request.address) (\(request.purpose)): a rehearsal never uses the network."))
                    } else {
                        collected.append(.event(event))
                    }
                })
            outcome = state.outcome
            for entry in state.path {
                asked.insert(entry.position.step)
                asked.insert(entry.position.description)
            }
            // The acts share the files, as one response shares its logs.
            for (name, data) in state.files { try? workspace.write(name, data) }
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
    /// The line with each `(path, label)` replaced, so checkout paths never show.
    func masking(_ masks: [(String, String)]) -> Self {
        func mask(_ text: String) -> String {
            masks.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
        }
        switch self {
        case .emitted(let text):
            return .emitted(mask(text))
        case .event(let event):
            switch event {
            case .entered, .marked, .network, .noted, .wentBack: return self
            case .emitted(let text): return .emitted(mask(text))
            case .arrived(let position, let step, let say, let progress): return .event(.arrived(position, step: step, say: say.map(mask), progress: progress))
            case .answered(let step, let question, let answer):
                return .event(.answered(step: step, question: mask(question), answer: mask(answer)))
            case .checklist(let step, let items):
                return .event(.checklist(step: step, items: items.map { ChecklistLine(text: mask($0.text), state: $0.state) }))
            case .action(let step, let action, let messages): return .event(.action(step: step, action: action, messages: messages.map(mask)))
            case .finished(let outcome, let text, let referrals):
                return .event(.finished(outcome, text: text.map(mask), referrals: referrals))
            }
        }
    }
}
