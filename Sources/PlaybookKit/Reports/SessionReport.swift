import Foundation

/// What a session did, as a value a defender can keep or share with a helpline or a
/// lawyer: the way taken, what was done, what actions found, and who can help next.
/// Built once from a session, then rendered as Markdown, HTML or JSON with the same
/// content. Every text in it has had terminal control characters removed.
public struct SessionReport: Hashable, Sendable, Codable {
    /// The version of the JSON layout; raised when a key changes meaning or goes away.
    public static let formatVersion = 2
    /// What a redacted report shows in place of something it leaves out.
    public static let leftOut = "[left out]"
    /// The line a redacted report opens with, saying what it leaves out.
    public static let redactionNotice = ReportText.english("redaction-notice", leftOut)

    /// The version of the JSON layout, `formatVersion`.
    public var format: Int
    /// The title of the playbook the session started with.
    public var title: String
    /// The session's id.
    public var sessionID: String
    /// The language of that playbook, e.g. `en`.
    public var language: String
    /// When the session started.
    public var startedAt: Date
    /// When it last changed.
    public var updatedAt: Date
    /// When the report was made.
    public var generatedAt: Date
    /// Whether free text is left out (see `redactionNotice`).
    public var redacted: Bool
    /// How the session ended, or where it waits.
    public var status: ReportStatus
    /// What a helpline reads first: situation, urgency, what happened, what is done and
    /// open, notes and who to contact.
    public var summary: ReportSummary
    /// The steps visited, in order, ending with the end step or the current step. Routing
    /// steps, which the person never sees, are left out.
    public var path: [ReportPathStep]
    /// Each checklist step visited, with every item's state.
    public var checklists: [ReportChecklist]
    /// The actions run, in order.
    public var actions: [ReportAction]
    /// Sections added by the facets whose actions ran, in facet id order.
    public var facetSections: [ReportFacetSection]
    /// The person's notes, oldest first; empty when redacted.
    public var notes: [ReportNote]
    /// What the end step refers to, with what the person said about themselves (their
    /// language, region, who they are); nil when it refers to nothing.
    public var referralNeed: ReferralNeed?
    /// The organisations that fit best, best first (`ReferralSelection.defaultLimit` at most).
    public var referrals: [ReportReferral]
    /// The other organisations that fit, in order.
    public var moreReferrals: [ReportReferral]

    /// Builds the report of `state`, reading its playbooks and facets from `engine` and
    /// organisations from `directory`; `redact` leaves out free text (see `redactionNotice`);
    /// facets write their sections in `facetLanguage`.
    public init(
        state: SessionState, engine: Engine, directory: ResponderDirectory, redact: Bool, generatedAt: Date,
        facetLanguage: FacetLanguage = .english
    ) {
        let builder = Builder(
            state: state, engine: engine, redactor: ReportRedactor(state: state, engine: engine, enabled: redact),
            facetLanguage: facetLanguage)
        format = Self.formatVersion
        title = builder.title(of: state.entry)
        sessionID = builder.clean(state.id)
        language = builder.clean(engine.playbooks[state.entry]?.language ?? "en")
        startedAt = state.startedAt
        updatedAt = state.updatedAt
        self.generatedAt = generatedAt
        redacted = redact
        status = builder.status()
        path = builder.path()
        checklists = builder.checklists()
        actions = builder.actions()
        facetSections = builder.facetSections()
        notes = redact ? [] : builder.notes()
        referralNeed = engine.referralNeed(of: state)
        let selection = referralNeed.map { directory.referrals(for: $0) }
        referrals = selection?.shown.map(builder.referral) ?? []
        moreReferrals = selection?.rest.map(builder.referral) ?? []
        summary = ReportSummary(
            status: status, startedAt: startedAt, updatedAt: updatedAt, path: path, checklists: checklists, notes: notes,
            referrals: referrals)
    }
}

extension SessionReport {
    /// Reads a session for a report: rendering each text in its own playbook's answers,
    /// with redaction applied and control characters removed.
    private struct Builder {
        let state: SessionState
        let engine: Engine
        let redactor: ReportRedactor
        let facetLanguage: FacetLanguage

        /// `text` without control characters; in a redacted report also without the user
        /// name in file paths (`ReportRedactor.hidingHomeFolders`).
        func clean(_ text: String) -> String {
            let cleaned = TextSanitiser.clean(text)
            return redactor.isEnabled ? ReportRedactor.hidingHomeFolders(cleaned) : cleaned
        }

        func clean(_ position: Position) -> Position {
            Position(playbook: clean(position.playbook), step: clean(position.step))
        }

        func title(of playbook: String) -> String {
            clean(engine.playbooks[playbook]?.title ?? playbook)
        }

        func step(at position: Position) -> Step? {
            engine.playbooks[position.playbook]?.step(position.step)
        }

        func render(_ text: TextTemplate?, at position: Position) -> String? {
            text.map { clean(engine.render($0, in: redactor.state(at: position))) }
        }

        /// The question a step asks, or the text it shows.
        func text(of step: Step?, at position: Position) -> String? {
            switch step?.kind {
            case .question(let question): return render(question.ask, at: position)
            case .input(let input): return render(input.ask, at: position)
            case .information, .checklist, .action:
                // The first paragraph says what the step was about; the rest (lists of
                // advice) would run together on one line of the path.
                return render(step?.say, at: position).map { $0.components(separatedBy: "\n\n")[0] }
            case .routing, .end, nil: return nil
            }
        }

        func status() -> ReportStatus {
            let position = state.outcome?.position ?? state.position
            let step = step(at: position)
            let text = state.outcome == nil ? text(of: step, at: position) : render(step?.say, at: position)
            return ReportStatus(
                outcome: state.outcome?.outcome, position: clean(position), playbookTitle: title(of: position.playbook),
                text: text, refer: (state.outcome?.refer ?? []).map(clean))
        }

        /// The path, with the current step added while the session is in progress.
        var entries: [PathEntry] {
            state.outcome == nil ? state.path + [PathEntry(position: state.position, reason: .current)] : state.path
        }

        /// The path, without the routing steps the person never saw; an action step
        /// carries what the action told the person.
        func path() -> [ReportPathStep] {
            var actionIndex = 0
            return entries.compactMap { entry -> ReportPathStep? in
                let step = step(at: entry.position)
                var item = ReportPathStep(
                    position: clean(entry.position), playbookTitle: title(of: entry.position.playbook), kind: step?.kind.name,
                    event: .current, text: text(of: step, at: entry.position))
                switch entry.reason {
                case .answered(let answer):
                    item.event = .answered
                    item.answer = redactor.isFreeTextAnswer(at: entry.position) ? SessionReport.leftOut : clean(answer)
                case .routed:
                    return nil
                case .acknowledged:
                    item.event = .read
                case .actionRan(let action):
                    item.event = .action
                    item.action = clean(action)
                    if actionIndex < redactor.actions.count {
                        item.messages = redactor.actions[actionIndex].record.result.messages.map(clean)
                    }
                    actionIndex += 1
                case .current:
                    if case .end = step?.kind { item.event = .ended }
                }
                return item
            }
        }

        func checklists() -> [ReportChecklist] {
            var seen: Set<Position> = []
            return entries.compactMap { entry -> ReportChecklist? in
                guard seen.insert(entry.position).inserted, let step = step(at: entry.position),
                    case .checklist(let checklist) = step.kind
                else { return nil }
                let statuses = state.checklists[entry.position.description] ?? [:]
                let items = checklist.items.map { item in
                    let status = statuses[item.id]
                    let note = status?.note.flatMap { $0.isEmpty ? nil : $0 }
                    return ReportChecklistItem(
                        id: clean(item.id), text: clean(item.text), optional: item.optional, state: Self.state(of: status),
                        note: note.map { redactor.isEnabled ? SessionReport.leftOut : clean($0) })
                }
                return ReportChecklist(
                    position: clean(entry.position), playbookTitle: title(of: entry.position.playbook),
                    text: render(step.say, at: entry.position), items: items)
            }
        }

        static func state(of status: ChecklistStatus?) -> ReportChecklistItem.State {
            switch status?.state {
            case .done: return .done
            case .notApplicable: return .notApplicable
            case .notDone, nil: return .open
            }
        }

        func actions() -> [ReportAction] {
            redactor.actions.map { action in
                let record = action.record
                func fields(_ values: [String: Value]) -> [ReportField] {
                    values.keys.sorted().map { ReportField(name: clean($0), value: clean(values[$0]!)) }
                }
                return ReportAction(
                    position: clean(action.position), action: clean(record.action),
                    facetTitle: engine.registry.facet(Self.facetID(of: record.action)).map { clean($0.title) },
                    parameters: fields(record.parameters), outputs: fields(record.result.outputs),
                    messages: record.result.messages.map(clean))
            }
        }

        func facetSections() -> [ReportFacetSection] {
            engine.registry.ids.compactMap { id in
                let records = redactor.actions.map(\.record).filter { Self.facetID(of: $0.action) == id }
                guard !records.isEmpty, let facet = engine.registry.facet(id),
                    let section = facet.reportSection(for: records, text: facetLanguage.text(for: facet))
                else { return nil }
                return ReportFacetSection(
                    facet: clean(id), facetTitle: clean(facet.title), title: clean(redactor.scrub(section.title)),
                    markdown: clean(redactor.scrub(section.markdown)))
            }
        }

        func notes() -> [ReportNote] {
            state.notes.map { note in
                ReportNote(
                    position: clean(note.position), playbookTitle: title(of: note.position.playbook), text: clean(note.text),
                    at: note.at)
            }
        }

        func referral(_ referral: Referral) -> ReportReferral {
            let organisation = referral.organisation
            return ReportReferral(
                id: clean(organisation.id), name: clean(organisation.name), website: clean(organisation.website),
                summary: clean(organisation.summary), services: organisation.services.map(clean),
                offers: referral.matchedServices.map(clean), onlyFor: referral.unconfirmedAudiences.map(clean),
                area: organisation.area.map(clean),
                languages: organisation.languages.map(clean), responseTime: organisation.responseTime.map(clean),
                contacts: organisation.contacts.map { contact in
                    ContactMethod(
                        kind: clean(contact.kind), value: clean(contact.value), source: clean(contact.source),
                        checked: clean(contact.checked), emergency: contact.emergency)
                },
                source: clean(organisation.source), checked: clean(organisation.checked))
        }

        static func facetID(of action: String) -> String {
            String(action.prefix { $0 != "." })
        }

        /// `value` with every text in it cleaned (`clean(_:)`), keys included.
        func clean(_ value: Value) -> Value {
            switch value {
            case .string(let text): return .string(clean(text))
            case .list(let items): return .list(items.map(clean))
            case .record(let fields):
                let cleaned = fields.map { (clean($0.key), clean($0.value)) }
                return .record(Dictionary(cleaned, uniquingKeysWith: { first, _ in first }))
            case .null, .bool, .number: return value
            }
        }
    }
}
