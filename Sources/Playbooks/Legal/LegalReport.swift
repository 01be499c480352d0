import PlaybookKit

/// The legal part of a session report: the incidents logged in the session and the
/// deadlines computed, each deadline with its source, so the report stands on its own
/// when handed to a lawyer.
enum LegalReport {
    /// The section for `records` of the legal facet's actions; nil when none of them
    /// logged an incident or computed a deadline.
    static func section(for records: [ActionRecord], text: FacetText) -> ReportSection? {
        let incidents = IncidentLog(
            entries: records.filter { $0.action == LegalReport.actionID(IncidentLogAction.descriptor) }.compactMap { entry(of: $0, text: text) })
        let deadlines = records.filter { $0.action == LegalReport.actionID(DeadlineAction.descriptor) }
            .compactMap { deadlineLine(of: $0, text: text) }
        guard !incidents.entries.isEmpty || !deadlines.isEmpty else { return nil }
        var parts: [String] = []
        if !incidents.entries.isEmpty {
            parts.append("### \(text("report.incidents"))\n\n" + incidents.markdown(in: text))
        }
        if !deadlines.isEmpty {
            parts.append(
                "### \(text("report.deadlines"))\n\n" + deadlines.joined(separator: "\n") + "\n\n" + text("report.confirm") + "\n")
        }
        return ReportSection(title: text("report.title"), markdown: parts.joined(separator: "\n"))
    }

    /// The full id records carry, `legal.<name>`.
    private static func actionID(_ action: ActionDescriptor) -> String {
        "\(LegalFacet().id).\(action.name)"
    }

    private static func entry(of record: ActionRecord, text: FacetText) -> IncidentEntry? {
        guard let number = record.result.outputs["entries"]?.number, let recorded = record.result.outputs["recorded"]?.string
        else { return nil }
        let request = ActionRequest(name: "incident-log", parameters: record.parameters)
        return try? IncidentLogAction.entry(from: request, number: Int(number), recorded: recorded, text: text)
    }

    private static func deadlineLine(of record: ActionRecord, text: FacetText) -> String? {
        let outputs = record.result.outputs
        guard let title = outputs["rule-title"]?.string, let deadline = outputs["deadline"]?.string,
            let source = outputs["source"]?.string, let checked = outputs["checked"]?.string
        else { return nil }
        let event = record.parameters["event-date"]?.displayText ?? ""
        let note = outputs["note"]?.string.map { " " + MarkdownCell.text($0) } ?? ""
        return "- " + text("report.deadline", MarkdownCell.text(title), deadline, MarkdownCell.text(event), source, checked) + note
    }
}
