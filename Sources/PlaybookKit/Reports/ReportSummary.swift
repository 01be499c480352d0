import Foundation

/// What a helpline reads first: the situation, how urgent it is, what happened and when,
/// what is done and what is still open, the person's notes and who to contact. Built
/// from the rest of the report, so it never says more than the report does (and a
/// redacted report's summary leaves out what the report leaves out).
public struct ReportSummary: Hashable, Sendable, Codable {
    /// How soon someone should act, read from how the session ended.
    public enum Urgency: String, Hashable, Sendable, Codable, CaseIterable {
        /// Escalated: get help now.
        case urgent
        /// Referred: contact an organisation soon.
        case soon
        /// Monitoring: nothing to do now; watch for changes.
        case watch
        /// Resolved: nothing is left to do.
        case none
        /// The session is still in progress, so nobody knows yet.
        case unknown

        /// The urgency of a session that ended with `outcome`, or is in progress (nil).
        public init(_ outcome: EndOutcome?) {
            switch outcome {
            case .escalated: self = .urgent
            case .referred: self = .soon
            case .monitoring: self = .watch
            case .resolved: self = .none
            case nil: self = .unknown
            }
        }

        /// The urgency in words of `text`'s language.
        public func label(in text: ReportText) -> String {
            text("urgency.\(rawValue)")
        }
    }

    /// A question the person answered, with the answer as they read it.
    public struct Answer: Hashable, Sendable, Codable {
        /// The question, rendered.
        public var question: String
        /// The answer, or `SessionReport.leftOut`.
        public var answer: String
    }

    /// Most organisations named under "who to contact"; the report lists them all below.
    public static let contactsShown = 3
    /// Most characters of an answer the summary shows (a pasted message or headers are
    /// cut, on one line); the path below shows it whole.
    public static let answerShown = 120

    /// `text` on one line, cut to `answerShown` characters with an ellipsis.
    static func shortened(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return line.count > answerShown ? String(line.prefix(answerShown - 1)).trimmingCharacters(in: .whitespaces) + "…" : line
    }

    /// The title of the playbook where the session ended, or where it waits: the part of
    /// the response the person is in (e.g. "Our website is down"), not the triage that
    /// led there.
    public var situation: String
    /// How soon someone should act.
    public var urgency: Urgency
    /// When the session started.
    public var startedAt: Date
    /// When it last changed.
    public var updatedAt: Date
    /// The questions answered, in order, each with its answer in words (a long one cut
    /// on one line, see `answerShown`).
    public var answers: [Answer]
    /// Checklist items done.
    public var done: [String]
    /// Checklist items not done yet (items that do not apply are left out), and the step
    /// the session waits at while it is in progress.
    public var open: [String]
    /// The person's notes, oldest first; empty when redacted.
    public var notes: [String]
    /// The names of the first organisations to contact, best first.
    public var contacts: [String]
    /// When help is urgent, the emergency lines among them, as "name: number".
    public var emergencyLines: [String]

    /// The summary of a report's parts.
    init(status: ReportStatus, startedAt: Date, updatedAt: Date, path: [ReportPathStep], checklists: [ReportChecklist],
         notes: [ReportNote], referrals: [ReportReferral]) {
        situation = status.playbookTitle
        urgency = Urgency(status.outcome)
        self.startedAt = startedAt
        self.updatedAt = updatedAt
        answers = Self.answers(from: path) { $0.answer }
        let items = checklists.flatMap(\.items)
        done = items.filter { $0.state == .done }.map(\.text)
        var open = items.filter { $0.state == .open }.map(\.text)
        if !status.isFinished, let waiting = status.text, !waiting.isEmpty { open.append(waiting) }
        self.open = open
        self.notes = notes.map(\.text)
        contacts = referrals.prefix(Self.contactsShown).map(\.name)
        emergencyLines = urgency != .urgent ? [] : referrals.flatMap { referral in
            referral.contacts.filter(\.emergency).map { "\(referral.name): \($0.value)" }
        }
    }

    /// The answers as `text`'s language reads them (see `ReportPathStep.answer(in:)`).
    func answers(in text: ReportText, from path: [ReportPathStep]) -> [Answer] {
        Self.answers(from: path) { $0.answer(in: text) }
    }

    /// Each question or typed answer on `path`, with the answer `answer` gives for it, shortened.
    private static func answers(from path: [ReportPathStep], _ answer: (ReportPathStep) -> String?) -> [Answer] {
        path.compactMap { step in
            guard step.event == .answered, step.kind == "question" || step.kind == "input",
                let question = step.text, let answer = answer(step)
            else { return nil }
            return Answer(question: question, answer: shortened(answer))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(situation, forKey: .situation)
        try container.encode(urgency, forKey: .urgency)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(answers, forKey: .answers)
        try container.encode(done, forKey: .done)
        try container.encode(open, forKey: .open)
        try container.encode(notes, forKey: .notes)
        try container.encode(contacts, forKey: .contacts)
        try container.encode(emergencyLines, forKey: .emergencyLines)
    }
}
