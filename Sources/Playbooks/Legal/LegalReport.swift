import PlaybookKit

/// The legal part of a session report: the incidents logged in the session and the
/// deadlines computed, each deadline with its source, so the report stands on its own
/// when handed to a lawyer.
enum LegalReport {
    /// The section for `records` of the legal facet's actions; nil when none of them
    /// logged an incident or computed a deadline.
    static func section(for records: [ActionRecord]) -> ReportSection? {
        let incidents = IncidentLog(entries: records.filter { $0.action == LegalReport.actionID(IncidentLogAction.descriptor) }.compactMap(entry(of:)))
        let deadlines = records.filter { $0.action == LegalReport.actionID(DeadlineAction.descriptor) }.compactMap(deadlineLine(of:))
        guard !incidents.entries.isEmpty || !deadlines.isEmpty else { return nil }
        var parts: [String] = []
        if !incidents.entries.isEmpty {
            parts.append("### Incidents logged\n\n" + incidents.markdown())
        }
        if !deadlines.isEmpty {
            parts.append(
                "### Deadlines\n\n" + deadlines.joined(separator: "\n") + "\n\n"
                    + "Deadlines are computed from the sources shown; confirm every date with a lawyer, as national rules may differ.\n")
        }
        return ReportSection(title: "Legal defence", markdown: parts.joined(separator: "\n"))
    }

    /// The full id records carry, `legal.<name>`.
    private static func actionID(_ action: ActionDescriptor) -> String {
        "\(LegalFacet().id).\(action.name)"
    }

    private static func entry(of record: ActionRecord) -> IncidentEntry? {
        guard let number = record.result.outputs["entries"]?.number, let recorded = record.result.outputs["recorded"]?.string
        else { return nil }
        let request = ActionRequest(name: "incident-log", parameters: record.parameters)
        return try? IncidentLogAction.entry(from: request, number: Int(number), recorded: recorded)
    }

    private static func deadlineLine(of record: ActionRecord) -> String? {
        let outputs = record.result.outputs
        guard let title = outputs["rule-title"]?.string, let deadline = outputs["deadline"]?.string,
            let source = outputs["source"]?.string, let checked = outputs["checked"]?.string
        else { return nil }
        let event = record.parameters["event-date"]?.displayText ?? ""
        let note = outputs["note"]?.string.map { " " + MarkdownCell.text($0) } ?? ""
        return "- **\(MarkdownCell.text(title))**: last day **\(deadline)**, counted from \(MarkdownCell.text(event)). "
            + "Source: <\(source)> (checked \(checked)).\(note)"
    }
}
