import PlaybookKit

/// One thing a defender can do to make a website harder to take down or take over.
struct HardeningItem: Hashable, Sendable {
    /// How much technical skill it takes.
    enum Level: String, Hashable, Sendable {
        /// Doable by the person with a browser and the right logins.
        case beginner
        /// Needs someone who administers the server or the hosting account.
        case advanced
    }

    /// A stable id, e.g. `enable-2fa`, for playbooks and reports.
    var id: String
    /// What to do and why, in plain language.
    var text: String
    /// Who can do it.
    var level: Level

    /// The item as the action outputs it: `{id, text, level}`.
    var record: Value {
        .record(["id": .string(id), "text": .string(text), "level": .string(level.rawValue)])
    }
}
