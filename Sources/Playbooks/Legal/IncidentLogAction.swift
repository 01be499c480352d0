import Foundation
import PlaybookKit

/// `legal.incident-log`: adds one incident to the session's log and rewrites the
/// exports a lawyer reads, so that the record grows while the defender goes through a
/// playbook instead of being rebuilt from memory weeks later.
enum IncidentLogAction {
    static let descriptor = ActionDescriptor(
        name: "incident-log",
        summary: "Adds an incident to the session's incident log and writes it as CSV and Markdown for a lawyer.",
        parameters: [
            ParameterDescriptor("when", .string, "When it happened: YYYY-MM-DD, or YYYY-MM-DDTHH:MM (seconds and a UTC offset optional)."),
            ParameterDescriptor("platform", .string, "The platform or channel, e.g. X, WhatsApp, email, phone, in person."),
            ParameterDescriptor("link", .url, required: false, "A web address showing it, such as the post or the profile."),
            ParameterDescriptor("where", .string, required: false, "Where it happened: a country, a city, or online."),
            ParameterDescriptor("description", .string, "What happened, in your own words."),
            ParameterDescriptor("evidence", .list, required: false, "Evidence file names or hashes, as text."),
        ],
        outputs: [
            OutputDescriptor("entries", .number, "How many incidents the log now holds."),
            OutputDescriptor("csv-file", .string, "The spreadsheet export kept in the session, incident-log.csv."),
            OutputDescriptor("markdown-file", .string, "The readable export kept in the session, incident-log.md."),
            OutputDescriptor("recorded", .string, "When this entry was written, ISO 8601 in UTC."),
        ])

    static func perform(_ request: ActionRequest, context: ActionContext, text: FacetText) throws(ActionError) -> ActionResult {
        let now = context.clock.now()
        let store = IncidentLogStore(workspace: context.workspace, text: text)
        var log = try store.load()
        let entry = try entry(from: request, number: log.nextNumber, recorded: now.formatted(.iso8601), text: text)
        let today = CalendarDate(now)
        if let time = IncidentTime(entry.when), today.daysUntil(time.date) > 1 {
            throw .invalidParameter("when", text("incident.in-future", entry.when))
        }
        log.entries.append(entry)
        try store.save(log)
        return ActionResult(
            outputs: [
                "entries": .number(Double(log.entries.count)),
                "csv-file": .string(IncidentLogStore.csvName),
                "markdown-file": .string(IncidentLogStore.markdownName),
                "recorded": .string(entry.recorded),
            ],
            messages: [
                text("incident.logged", "\(entry.number)", "\(log.entries.count)"),
                text("incident.for-lawyer", IncidentLogStore.markdownName, IncidentLogStore.csvName),
            ])
    }

    /// The entry `request` describes; every parameter is checked, none is silently dropped.
    static func entry(from request: ActionRequest, number: Int, recorded: String, text: FacetText) throws(ActionError) -> IncidentEntry {
        let whenText = try request.string("when")
        guard let when = IncidentTime(whenText) else {
            throw .invalidParameter("when", text("incident.invalid-when", whenText))
        }
        let platform = try required("platform", in: request, text: text)
        let description = try required("description", in: request, text: text)
        let location = try optional("where", in: request)
        let link = try optional("link", in: request)
        if let link, !isWebAddress(link) {
            throw .invalidParameter("link", text("incident.invalid-link", link))
        }
        var evidence: [String] = []
        if let value = request.parameters["evidence"], value != .null {
            for item in try request.list("evidence") {
                guard let given = item.string?.trimmingCharacters(in: .whitespacesAndNewlines), !given.isEmpty else {
                    throw .invalidParameter("evidence", text("incident.invalid-evidence"))
                }
                evidence.append(given)
            }
        }
        return IncidentEntry(
            number: number, when: when.text, platform: platform, location: location, link: link,
            description: description, evidence: evidence, recorded: recorded)
    }

    private static func required(_ name: String, in request: ActionRequest, text: FacetText) throws(ActionError) -> String {
        let given = try request.string(name).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !given.isEmpty else { throw .invalidParameter(name, text("incident.empty")) }
        return given
    }

    private static func optional(_ name: String, in request: ActionRequest) throws(ActionError) -> String? {
        guard let text = try request.optionalString(name)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty
        else { return nil }
        return text
    }

    private static func isWebAddress(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return false }
        return true
    }
}
