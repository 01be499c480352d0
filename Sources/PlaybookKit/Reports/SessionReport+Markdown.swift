extension SessionReport {
    /// The report as Markdown, for reading as plain text or pasting into a ticket. All
    /// content is escaped so that it cannot change the report's structure; facet
    /// sections are kept as the facet wrote them, their headings nested below the
    /// section's own.
    public func markdown() -> String {
        var lines: [String] = ["# Session report: \(MarkdownText.inline(title))", ""]
        if redacted {
            lines += ["> **Redacted.** \(MarkdownText.inline(Self.redactionNotice))", ""]
        }
        lines += [
            "- **Status:** \(MarkdownText.inline(status.label))",
            "- **Session:** \(MarkdownText.inline(sessionID))",
            "- **Started:** \(ReportDateFormat.text(startedAt))",
            "- **Last updated:** \(ReportDateFormat.text(updatedAt))",
            "- **Report made:** \(ReportDateFormat.text(generatedAt))",
            "",
        ]
        lines += statusSection
        lines += pathSection
        lines += checklistSections
        lines += actionSections
        for section in facetSections {
            lines += [
                "## \(MarkdownText.inline(section.facetTitle)): \(MarkdownText.inline(section.title))", "",
                MarkdownText.nested(section.markdown, below: 2), "",
            ]
        }
        lines += notesSection
        lines += referralSection
        return lines.joined(separator: "\n").trimmingTrailingNewlines + "\n"
    }

    private var statusSection: [String] {
        let place = "\(MarkdownText.inline(status.playbookTitle)), step \(MarkdownText.inline(status.position.step))"
        var lines = [status.isFinished ? "## Outcome" : "## Where things stand", ""]
        lines += ["**\(MarkdownText.inline(status.label)).** (\(place))", ""]
        if let text = status.text, !text.isEmpty { lines += [MarkdownText.block(text), ""] }
        return lines
    }

    private var pathSection: [String] {
        guard !path.isEmpty else { return [] }
        var lines = ["## Path taken", ""]
        for (number, step) in path.enumerated() {
            let prefix = "\(number + 1). "
            let indent = String(repeating: " ", count: prefix.count)
            let place = "\(MarkdownText.inline(step.playbookTitle)), step \(MarkdownText.inline(step.position.step))"
            let heading = step.text.map(MarkdownText.inline).flatMap { $0.isEmpty ? nil : $0 }
            lines.append(prefix + (heading.map { "\($0) (\(place))" } ?? place))
            for detail in Self.details(of: step) { lines.append(indent + "- " + detail) }
        }
        return lines + [""]
    }

    /// What happened at a step, in words.
    static func details(of step: ReportPathStep) -> [String] {
        switch step.event {
        case .answered: return ["Answer: \(MarkdownText.inline(step.answer ?? ""))"]
        case .routed:
            return [step.condition.map { "Condition that held: \(MarkdownText.inline($0))" } ?? "No condition held; the usual way was taken"]
        case .read: return ["Read"]
        case .action: return ["Action run: \(MarkdownText.inline(step.action ?? ""))"]
        case .ended: return ["The session ended here"]
        case .current: return ["The session is waiting here"]
        }
    }

    private var checklistSections: [String] {
        guard !checklists.isEmpty else { return [] }
        var lines = ["## Checklists", ""]
        for checklist in checklists {
            lines += ["### \(MarkdownText.inline(checklist.playbookTitle)), step \(MarkdownText.inline(checklist.position.step))", ""]
            if let text = checklist.text, !text.isEmpty { lines += [MarkdownText.block(text), ""] }
            lines += ["| Item | State | Note |", "| --- | --- | --- |"]
            for item in checklist.items {
                let text = MarkdownText.inline(item.text) + (item.optional ? " (optional)" : "")
                lines.append("| \(text) | \(item.state.label) | \(MarkdownText.inline(item.note ?? "")) |")
            }
            lines.append("")
        }
        return lines
    }

    private var actionSections: [String] {
        guard !actions.isEmpty else { return [] }
        var lines = ["## Actions", ""]
        for action in actions {
            let facet = action.facetTitle.map { " (\(MarkdownText.inline($0)))" } ?? ""
            lines += ["### \(MarkdownText.inline(action.action))\(facet), step \(MarkdownText.inline(action.position.step))", ""]
            if !action.parameters.isEmpty {
                lines.append("- Given:")
                lines += action.parameters.map { "  - \(MarkdownText.inline($0.name)): \(MarkdownText.inline($0.text))" }
            }
            if !action.outputs.isEmpty {
                lines.append("- Results:")
                lines += action.outputs.map { "  - \(MarkdownText.inline($0.name)): \(MarkdownText.inline($0.text))" }
            }
            if !action.messages.isEmpty {
                lines.append("- Messages:")
                lines += action.messages.map { "  - \(MarkdownText.block($0, indent: "    "))" }
            }
            lines.append("")
        }
        return lines
    }

    private var notesSection: [String] {
        if redacted { return ["## Notes", "", "Notes are left out of this redacted report.", ""] }
        guard !notes.isEmpty else { return [] }
        var lines = ["## Notes", ""]
        for note in notes {
            let place = "\(MarkdownText.inline(note.playbookTitle)), step \(MarkdownText.inline(note.position.step))"
            lines.append("- \(ReportDateFormat.text(note.at)), \(place):\\")
            lines.append("  " + MarkdownText.block(note.text, indent: "  "))
        }
        return lines + [""]
    }

    private var referralSection: [String] {
        guard !status.refer.isEmpty else { return [] }
        var lines = ["## Where to get help", ""]
        if referrals.isEmpty {
            lines += ["No organisation in the directory offers \(MarkdownText.inline(status.refer.joined(separator: ", "))).", ""]
        }
        for organisation in referrals {
            lines += ["### \(MarkdownText.inline(organisation.name))", "", MarkdownText.block(organisation.summary), ""]
            lines.append("- Website: \(MarkdownText.inline(organisation.website))")
            lines.append("- Services: \(MarkdownText.inline(organisation.services.joined(separator: ", ")))")
            lines.append("- Languages: \(MarkdownText.inline(organisation.languages.joined(separator: ", ")))")
            if let hours = organisation.responseTime { lines.append("- Response time: \(MarkdownText.inline(hours))") }
            if organisation.contacts.isEmpty {
                lines.append("- Contact: through the website")
            } else {
                lines.append("- Contact:")
                for contact in organisation.contacts {
                    lines.append(
                        "  - \(MarkdownText.inline(contact.kind)): \(MarkdownText.inline(contact.value)) "
                            + "(checked \(MarkdownText.inline(contact.checked)) on \(MarkdownText.inline(contact.source)))")
                }
            }
            lines += ["- Checked \(MarkdownText.inline(organisation.checked)) on \(MarkdownText.inline(organisation.source))", ""]
        }
        return lines
    }
}

extension String {
    /// The text without line feeds at its end.
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
