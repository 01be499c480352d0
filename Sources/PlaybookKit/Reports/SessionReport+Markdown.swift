extension SessionReport {
    /// The report as Markdown, for reading as plain text or pasting into a ticket, framed
    /// in `text`'s words. All content is escaped so that it cannot change the report's
    /// structure; facet sections are kept as the facet wrote them, their headings nested
    /// below the section's own.
    public func markdown(in text: ReportText = .english) -> String {
        let words = ReportWords.markdown(text)
        var lines: [String] = ["# " + words("title", MarkdownText.inline(summary.situation)), ""]
        if redacted {
            lines += ["> **\(words("redacted"))** \(words("redaction-notice", Self.leftOut))", ""]
        }
        lines += summarySection(words)
        lines += [
            "- **\(words("fact.status")):** \(MarkdownText.inline(status.label(in: text)))",
            "- **\(words("fact.session")):** \(MarkdownText.inline(sessionID))",
            "- **\(words("fact.updated")):** \(ReportDateFormat.text(updatedAt))",
            "- **\(words("fact.generated")):** \(ReportDateFormat.text(generatedAt))",
            "",
        ]
        lines += statusSection(words)
        lines += pathSection(words)
        lines += checklistSections(words)
        for section in facetSections {
            // A section named after its facet is headed by that name alone, not "Triage: Triage".
            let facet = words.facetTitle(section.facet, english: section.facetTitle)
            let title = MarkdownText.inline(section.title)
            lines += [
                "## " + (title == facet ? facet : words("section.facet", facet, title)),
                "",
                MarkdownText.nested(section.markdown, below: 2), "",
            ]
        }
        lines += notesSection(words)
        lines += referralSection(words)
        let document = lines.joined(separator: "\n").trimmingTrailingNewlines + "\n"
        return redacted ? document.replacingOccurrences(of: Self.leftOut, with: MarkdownText.marker(text.leftOut)) : document
    }

    /// The summary a helpline acts on: situation, urgency, what happened and when, what is
    /// done and still open, the notes and who to contact.
    private func summarySection(_ words: ReportWords) -> [String] {
        func field(_ key: String, _ items: [String], none: String) -> [String] {
            items.isEmpty
                ? ["- **\(words(key)):** \(none)"]
                : ["- **\(words(key)):**"] + items.map { "  - " + MarkdownText.block($0, indent: "    ") }
        }
        var lines = ["## " + words("section.summary"), ""]
        lines.append("- **\(words("summary.situation")):** \(MarkdownText.inline(summary.situation))")
        lines.append("- **\(words("summary.urgency")):** \(MarkdownText.inline(summary.urgency.label(in: words.text)))")
        lines.append("- **\(words("summary.started")):** \(ReportDateFormat.text(summary.startedAt))")
        let answers = summary.answers(in: words.text, from: path).map {
            words("summary.answer", MarkdownText.inline($0.question), MarkdownText.inline($0.answer))
        }
        lines += answers.isEmpty
            ? ["- **\(words("summary.happened")):** \(words("summary.no-answers"))"]
            : ["- **\(words("summary.happened")):**"] + answers.map { "  - " + $0 }
        lines += field("summary.done", summary.done, none: words("summary.nothing"))
        lines += field("summary.open", summary.open, none: words("summary.nothing"))
        if redacted {
            lines.append("- **\(words("summary.notes")):** \(words("summary.notes-left-out"))")
        } else {
            lines += field("summary.notes", summary.notes, none: words("summary.no-notes"))
        }
        if !status.refer.isEmpty {
            let names = summary.contacts.map(MarkdownText.inline).joined(separator: ", ")
            let contact = names.isEmpty ? words("summary.contact-none") : words("summary.contact-names", names)
            lines.append("- **\(words("summary.contact")):** \(contact)")
            for line in summary.emergencyLines {
                lines.append("- **" + MarkdownText.inline(words.text.directory("referral.emergency-line", line)) + "**")
            }
        }
        return lines + [""]
    }

    private func statusSection(_ words: ReportWords) -> [String] {
        var lines = ["## " + words(status.isFinished ? "section.outcome" : "section.waiting"), ""]
        lines += ["**\(MarkdownText.inline(status.label(in: words.text))).** (\(words.place(status.playbookTitle, status.position)))", ""]
        if let text = status.text, !text.isEmpty { lines += [MarkdownText.block(text, authored: true), ""] }
        return lines
    }

    private func pathSection(_ words: ReportWords) -> [String] {
        guard !path.isEmpty else { return [] }
        var lines = ["## " + words("section.path"), ""]
        for (number, step) in path.enumerated() {
            let prefix = "\(number + 1). "
            let indent = String(repeating: " ", count: prefix.count)
            let place = words.place(step.playbookTitle, step.position)
            let heading = step.text.map(MarkdownText.inline).flatMap { $0.isEmpty ? nil : $0 }
            lines.append(prefix + (heading.map { "\($0) (\(place))" } ?? place))
            lines += Self.details(of: step, words).map { indent + "- " + $0 }
        }
        return lines + [""]
    }

    /// What happened at a step, in words: one line, or an action's messages.
    private static func details(of step: ReportPathStep, _ words: ReportWords) -> [String] {
        switch step.event {
        case .answered: return [words("path.answer", MarkdownText.inline(step.answer(in: words.text) ?? ""))]
        case .routed: return [words("path.tool")]
        case .read: return [words("path.read")]
        case .action:
            return step.messages.isEmpty ? [words("path.tool")] : step.messages.map { MarkdownText.block($0, indent: "      ") }
        case .ended: return [words("path.ended")]
        case .current: return [words("path.current")]
        }
    }

    private func checklistSections(_ words: ReportWords) -> [String] {
        guard !checklists.isEmpty else { return [] }
        var lines = ["## " + words("section.checklists"), ""]
        for checklist in checklists {
            lines += ["### " + words.place(checklist.playbookTitle, checklist.position), ""]
            if let text = checklist.text, !text.isEmpty { lines += [MarkdownText.block(text, authored: true), ""] }
            lines += ["| \(words("checklist.item")) | \(words("checklist.state")) | \(words("checklist.note")) |", "| --- | --- | --- |"]
            for item in checklist.items {
                let text = MarkdownText.cell(item.text) + (item.optional ? " " + words("checklist.optional") : "")
                let state = MarkdownText.cell(item.state.label(in: words.text))
                lines.append("| \(text) | \(state) | \(MarkdownText.cell(item.note ?? "")) |")
            }
            lines.append("")
        }
        return lines
    }

    private func notesSection(_ words: ReportWords) -> [String] {
        if redacted { return ["## " + words("section.notes"), "", words("notes.left-out"), ""] }
        guard !notes.isEmpty else { return [] }
        var lines = ["## " + words("section.notes"), ""]
        for note in notes {
            lines.append("- \(ReportDateFormat.text(note.at)), \(words.place(note.playbookTitle, note.position)):\\")
            lines.append("  " + MarkdownText.block(note.text, indent: "  "))
        }
        return lines + [""]
    }

    private func referralSection(_ words: ReportWords) -> [String] {
        guard let need = referralNeed else { return [] }
        let directory = words.text.directory
        var lines = ["## " + words("section.referrals"), ""]
        if referrals.isEmpty {
            lines += [words("referrals.none", MarkdownText.inline(directory.services(need.services))), ""]
        }
        for organisation in referrals {
            lines += ["### \(MarkdownText.inline(organisation.name))", "", MarkdownText.block(organisation.summary), ""]
            lines += organisation.leadingFacts(directory, urgent: need.urgent).map { "- " + MarkdownText.inline($0) }
            lines.append("- \(words("referral.website")): \(MarkdownText.inline(organisation.website))")
            lines.append("- \(words("referral.languages")): \(MarkdownText.inline(organisation.languages.joined(separator: ", ")))")
            if let hours = organisation.responseTime { lines.append("- \(words("referral.response-time")): \(MarkdownText.inline(hours))") }
            if organisation.contacts.isEmpty {
                lines.append("- \(words("referral.contact")): \(words("referral.through-website"))")
            } else {
                lines.append("- \(words("referral.contact")):")
                for contact in organisation.contacts {
                    let checked = words("referral.contact-checked", MarkdownText.inline(contact.checked), MarkdownText.inline(contact.source))
                    lines.append(
                        "  - \(MarkdownText.inline(words.text.directory.contactKind(contact.kind))): \(MarkdownText.inline(contact.value)) (\(checked))")
                }
            }
            let checked = words("referral.checked-line", MarkdownText.inline(organisation.checked), MarkdownText.inline(organisation.source))
            lines += ["- " + checked, ""]
        }
        for note in referralNotes(directory) { lines += [MarkdownText.inline(note), ""] }
        if !moreReferrals.isEmpty {
            lines += ["### " + words("referrals.more"), ""]
            lines += moreReferrals.map { "- \(MarkdownText.inline($0.name)): \(MarkdownText.inline($0.website))" }
            lines.append("")
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
