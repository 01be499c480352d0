import PlaybookKit

/// The triage section of a session's report: the latest assessment (priority, score,
/// reasons, facets to open) and, for each referral asked for, the organisations with
/// the contact methods the directory checked and the date it checked them.
struct TriageReport {
    var records: [ActionRecord]
    /// The report's words.
    var text: FacetText

    /// The section, or nil when the session ran no triage action.
    var section: ReportSection? {
        var blocks: [String] = []
        if let assessment = records.last(where: { TriageReport.actionName($0.action) == AssessAction.descriptor.name }) {
            blocks.append(assess(assessment.result.outputs))
        }
        for record in records where TriageReport.actionName(record.action) == ReferAction.descriptor.name {
            blocks.append(refer(record))
        }
        guard !blocks.isEmpty else { return nil }
        return ReportSection(title: text("report.title"), markdown: blocks.joined(separator: "\n\n") + "\n")
    }

    private static func actionName(_ action: String) -> String {
        let prefix = "triage."
        return action.hasPrefix(prefix) ? String(action.dropFirst(prefix.count)) : action
    }

    private func assess(_ outputs: [String: Value]) -> String {
        let priority = outputs["priority"]?.string ?? ""
        let score = outputs["score"]?.displayText ?? ""
        let label = text.english["priority.\(priority)"] == nil ? priority : text("priority.\(priority)")
        var lines = [text("report.priority", label, score), ""]
        for reason in outputs["reasons"]?.list ?? [] {
            lines.append("- \(reason.displayText)")
        }
        if let next = outputs["open-next"]?.list, !next.isEmpty {
            lines += ["", text("report.open-next", next.map(\.displayText).joined(separator: ", "))]
        }
        return lines.joined(separator: "\n")
    }

    private func refer(_ record: ActionRecord) -> String {
        let outputs = record.result.outputs
        let needed = outputs["needed"]?.string ?? record.parameters["services"]?.displayText ?? ""
        var lines = [needed.isEmpty ? text("report.organisations") : text("report.organisations-for", needed), ""]
        let referrals = (outputs["referrals"]?.list ?? []).compactMap(\.record)
        guard !referrals.isEmpty else {
            lines.append(outputs["message"]?.string ?? text("report.no-match"))
            return lines.joined(separator: "\n")
        }
        for referral in referrals {
            let name = referral["name"]?.displayText ?? ""
            let website = referral["website"]?.displayText ?? ""
            let services = referral["offers"]?.string ?? referral["services"]?.displayText ?? ""
            var line = "- **\(name)**, \(website): \(services)"
            if let checked = referral["checked"]?.string, !checked.isEmpty {
                line += text("report.checked", checked)
            }
            lines.append(line)
            for line in referral["emergency"]?.list ?? [] {
                lines.append("  - " + text("report.emergency-line", line.displayText))
            }
            for contact in referral["contacts"]?.list ?? [] {
                lines.append("  - \(contact.displayText)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
