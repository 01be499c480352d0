import Foundation

/// Everything a run of a playbook has gathered, as a value: saved to disk as it is,
/// restored, and advanced only by `Engine`. The log of inputs is the truth; the rest is
/// derived from it by replay, which is how "back" recomputes everything after a
/// changed answer.
public struct SessionState: Hashable, Sendable, Codable {
    /// A random id naming the session on disk.
    public var id: String
    /// The playbook the session started with.
    public var entry: String
    /// Every input given, in order, with the step it answered.
    public internal(set) var log: [LoggedInput] = []
    /// The playbooks entered, in order; the last is the current one.
    public internal(set) var stack: [String] = []
    /// The current step.
    public internal(set) var position: Position
    /// Steps visited, in order, each with how it was left.
    public internal(set) var path: [PathEntry] = []
    /// Answers and action outputs by playbook id, then step id.
    public internal(set) var answers: [String: [String: Value]] = [:]
    /// Checklist items' states by `playbook#step`, then item id.
    public internal(set) var checklists: [String: [String: ChecklistStatus]] = [:]
    /// Actions run, in order.
    public internal(set) var actions: [ActionRecord] = []
    /// The person's notes; kept when going back.
    public var notes: [Note] = []
    /// Each entered playbook's content hash when it was first entered.
    public internal(set) var pins: [String: String] = [:]
    /// When the session started.
    public var startedAt: Date
    /// When it last changed.
    public var updatedAt: Date
    /// How it ended, once it has.
    public internal(set) var outcome: Outcome?
    /// The files actions kept for the session (evidence log, incident log), by name. They
    /// live in the session's own file, so sealing the session seals them; going back
    /// keeps them, as an evidence log only ever grows.
    public internal(set) var files: [String: Data] = [:]
    /// The language the session was run in (`en`, `es`), so that resuming and reports
    /// speak it again; nil in sessions saved before it was kept.
    public var language: String?
    /// What was known about the person before the session started (a training case's
    /// region); answers to `remember:` questions add to it (see `Engine.profile(of:)`).
    public var presetProfile = ReferralProfile()

    /// Creates a state at the start of `entry`; use `Engine.start`.
    init(id: String, entry: String, position: Position, at date: Date) {
        self.id = id
        self.entry = entry
        self.position = position
        startedAt = date
        updatedAt = date
    }

    /// Reads a saved session; `files` and `language` may be absent from older files.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        entry = try container.decode(String.self, forKey: .entry)
        log = try container.decode([LoggedInput].self, forKey: .log)
        stack = try container.decode([String].self, forKey: .stack)
        position = try container.decode(Position.self, forKey: .position)
        path = try container.decode([PathEntry].self, forKey: .path)
        answers = try container.decode([String: [String: Value]].self, forKey: .answers)
        checklists = try container.decode([String: [String: ChecklistStatus]].self, forKey: .checklists)
        actions = try container.decode([ActionRecord].self, forKey: .actions)
        notes = try container.decode([Note].self, forKey: .notes)
        pins = try container.decode([String: String].self, forKey: .pins)
        startedAt = try container.decode(Date.self, forKey: .startedAt)
        updatedAt = try container.decode(Date.self, forKey: .updatedAt)
        outcome = try container.decodeIfPresent(Outcome.self, forKey: .outcome)
        files = try container.decodeIfPresent([String: Data].self, forKey: .files) ?? [:]
        language = try container.decodeIfPresent(String.self, forKey: .language)
        presetProfile = try container.decodeIfPresent(ReferralProfile.self, forKey: .presetProfile) ?? ReferralProfile()
    }

    /// The checklist statuses recorded so far at the current step, finished or not.
    public var currentChecklist: [String: ChecklistStatus] { checklists[position.description] ?? [:] }

    /// The answers of the current playbook.
    public var currentAnswers: [String: Value] { answers[position.playbook] ?? [:] }
}

/// A step of a playbook.
public struct Position: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The playbook's id.
    public var playbook: String
    /// The step's id.
    public var step: String

    /// Creates a position.
    public init(playbook: String, step: String) {
        self.playbook = playbook
        self.step = step
    }

    /// `playbook#step`.
    public var description: String { "\(playbook)#\(step)" }
}

/// One input as logged.
public struct LoggedInput: Hashable, Sendable, Codable {
    /// The step it answered.
    public var position: Position
    /// The input.
    public var input: StepInput
    /// When it was given.
    public var at: Date
}

/// One visited step and how the session left it, for "why am I here" and reports.
public struct PathEntry: Hashable, Sendable, Codable {
    /// The step.
    public var position: Position
    /// How it was left.
    public var reason: Reason

    /// How a step was left.
    public enum Reason: Hashable, Sendable, Codable {
        /// The person answered; `answer` as they would read it.
        case answered(String)
        /// A route's condition held (its source), or none did (`nil`: otherwise).
        case routed(condition: String?)
        /// The person read it and went on.
        case acknowledged
        /// An action ran.
        case actionRan(String)
        /// Not left yet: the current step.
        case current
    }
}

/// A note the person added at a step.
public struct Note: Hashable, Sendable, Codable {
    /// Where it was added.
    public var position: Position
    /// What it says.
    public var text: String
    /// When.
    public var at: Date

    /// Creates a note.
    public init(position: Position, text: String, at: Date) {
        self.position = position
        self.text = text
        self.at = at
    }
}

/// How a session ended.
public struct Outcome: Hashable, Sendable, Codable {
    /// The end step.
    public var position: Position
    /// Its outcome.
    public var outcome: EndOutcome
    /// Services to look for in the directory.
    public var refer: [String]
}
