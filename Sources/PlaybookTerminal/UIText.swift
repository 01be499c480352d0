import PlaybookKit

/// The terminal layer's own words, by key, so they can be translated like playbooks: a
/// `StringTable` of English built in, where a translation replaces some or all keys and
/// English stays for the rest. `{1}`, `{2}` stand for values filled in, in one pass.
public struct UIText: Sendable {
    /// The strings, as a string table.
    public let table: StringTable

    /// Every key with its string in this language.
    public var strings: [String: String] { table.strings }

    /// English, the source language; with the engine's refusals of answers (`AnswerText`).
    public static let english = UIText(table: StringTable(english: framing
        .merging(AnswerText.strings, uniquingKeysWith: { own, _ in own })))

    private static let framing: [String: String] = [
        "hint": "b back · ? why · n note · s save and quit · h help",
        "help": """
            Type the number of an answer and press Enter.
            b (back): go back one step (or one checklist item) and change your answer;
            press Enter there to keep the answer you gave.
            ? (why): see which answers led to this step.
            n (note): add a note to this step; it is kept with your session.
            s (save) or q (quit): stop; everything you answered is already saved.
            Continue later with 'playbook resume'. Ctrl-D and Ctrl-C also save and stop.
            """,
        "progress": "Step {1} of “{3}” · at most {2} more",
        "entered": "Now: {1}. The steps are counted again from 1 for this part.",
        "continue": "Press Enter to continue.",
        "choose-one": "Type a number and press Enter:",
        "choose-many": "Type the numbers that apply, separated by commas (or press Enter for none):",
        "type-answer": "Type your answer and press Enter:",
        "checklist.item": "[{1}/{2}] {3}",
        "checklist.choices": "1) Done   2) Not yet   3) Does not apply",
        "checklist.earlier": "Earlier: {1}. Press Enter to keep it.",
        "checklist.state.done": "done",
        "checklist.state.not-done": "not yet",
        "checklist.state.not-applicable": "does not apply",
        "previous": "Earlier answer: {1}. Press Enter to keep it.",
        "note.prompt": "Your note (press Enter when done):",
        "note.saved": "Note saved.",
        "why.title": "Why you are here:",
        "why.start": "This is the first step.",
        "why.answered": "Because you answered “{2}” to “{1}”",
        "why.checklist": "Because, in a checklist, you marked {1} of {2} things done.",
        "why.found": "Because the tool's check found: {1}",
        "why.entered": "This led you to “{1}”.",
        "saved": "Saved as {1}. To continue later, run:",
        "end-of-input": "End of input: your session is saved as {1}. To continue later, run:",
        "finished": "Your session is saved as {1}. For a report to keep or share (Markdown; add --format html or --redact), run:",
        "consent": "This step would contact {1} to {2}. Anyone watching your network, and the site itself, may see this address. Allow? 1) Yes  2) No",
        "action.failed": "That did not work: {1}",
        "action.error.missing-parameter": "the action needs the parameter '{1}'; give it under 'with:' in the playbook",
        "action.error.invalid-parameter": "the parameter '{1}' is not usable: {2}",
        "action.error.file-not-allowed": "'{1}' was not named as a file for this session; give its path as an answer first",
        "action.error.file-unavailable": "cannot use the file '{1}': {2}",
        "action.error.unknown-action": "there is no action called '{1}'",
        "action.retry": "1) Try again   2) Go back",
        "outcome": "Where things stand: {1}",
        "outcome.resolved": "resolved",
        "outcome.referred": "time to contact an organisation that can help",
        "outcome.escalated": "urgent: get help now",
        "outcome.monitoring": "nothing more to do now; watch for changes and come back",
        "referrals.for": "Organisations that can help ({1}):",
        "referrals.see-all": "To see them all: {1}",
        "orgs.services": "Services: {1}",
        "orgs.languages-regions": "Languages: {1} · Regions: {2}",
        "orgs.response": "Response: {1}",
        "orgs.source": "Source: {1}, checked {2}",
        "orgs.none": "No organisation in the directory matches; try without --language or --region, or ask a digital security helpline (playbook orgs --service digital_helpline).",
        "referrals.none": "No organisation in the directory offers this yet; a digital security helpline can point you further.",
        "yes": "Yes",
        "no": "No",
        "invalid": "{1}",
        "failed.step": "step '{1}': {2}",
        "failed.saved": "Your answers so far are saved as {1}; to continue, run:",
        "transcript.outcome": "Outcome: {1}",
        "transcript.outcome.resolved": "resolved",
        "transcript.outcome.referred": "referred",
        "transcript.outcome.escalated": "escalated",
        "transcript.outcome.monitoring": "monitoring",
        "network.contacting": "Contacting {1} to {2}.",
        "network.not-contacting": "Not contacting {1} ({2}); pass --allow-network to allow it.",
        "resume.changed": "Note: {1} changed since this session started; continuing on the new version.",
        "resume.ended": "This session has already ended. For its report, run:",
        "report.written": "Report written to {1}.",
        "report.written.redacted": "Report written to {1} (redacted).",
    ]

    /// Words from a string table.
    public init(table: StringTable) {
        self.table = table
    }

    /// These words with `translation`'s strings in place of those it has.
    public func overlaid(with translation: [String: String]) -> UIText {
        UIText(table: table.overlaid(with: translation))
    }

    /// What went wrong in an action, in these words; the reason inside comes from the
    /// facet, already in the run's language.
    public func message(for error: ActionError) -> String {
        switch error {
        case .missingParameter(let name): return self("action.error.missing-parameter", name)
        case .invalidParameter(let name, let reason): return self("action.error.invalid-parameter", name, reason)
        case .fileNotAllowed(let path): return self("action.error.file-not-allowed", path)
        case .fileUnavailable(let path, let reason): return self("action.error.file-unavailable", path, reason)
        case .unknownAction(let name): return self("action.error.unknown-action", name)
        case .failed(let reason): return reason
        }
    }

    /// The sentence `key` (with the session id `id` for `{1}`) wrapped to `width`, then
    /// `command` on a line of its own, as it is typed: the way a run says how to go on, so
    /// that the command is never broken across lines.
    public func closing(_ key: String, id: String, command: String, width: Int = 80) -> String {
        TextWrapper.wrap(self(key, id), width: width) + "\n  " + TerminalMarkdown.sanitise(command).filter { $0 != "\n" }
    }

    /// The command that writes the report of session `id`.
    public static func reportCommand(_ id: String) -> String { "playbook report \(id)" }

    /// The command that continues session `id`.
    public static func resumeCommand(_ id: String) -> String { "playbook resume \(id)" }

    /// The string for `key` with `{1}`, `{2}`… replaced by `values`, in one pass.
    public func callAsFunction(_ key: String, _ values: String...) -> String {
        table.string(key, values)
    }
}
