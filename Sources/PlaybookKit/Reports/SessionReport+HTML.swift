extension SessionReport {
    /// The report as one self-contained HTML file that prints well: inline styles only,
    /// no scripts, no fonts, images or anything else fetched from elsewhere (a content
    /// security policy forbids it too), every piece of content escaped, and links
    /// printed with their address.
    public func html() -> String {
        var body: [String] = ["<header>", "<h1>Session report: \(HTMLText.escape(title))</h1>"]
        if redacted {
            body.append("<p class=\"redacted\"><strong>Redacted.</strong> \(HTMLText.escape(Self.redactionNotice))</p>")
        }
        body += [
            "<dl class=\"facts\">",
            fact("Status", HTMLText.escape(status.label)),
            fact("Session", HTMLText.escape(sessionID)),
            fact("Started", HTMLText.escape(ReportDateFormat.text(startedAt))),
            fact("Last updated", HTMLText.escape(ReportDateFormat.text(updatedAt))),
            fact("Report made", HTMLText.escape(ReportDateFormat.text(generatedAt))),
            "</dl>", "</header>",
        ]
        body += statusHTML + pathHTML + checklistsHTML + actionsHTML + facetsHTML + notesHTML + referralsHTML
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="referrer" content="no-referrer">
            <title>Session report: \(HTMLText.escape(title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    /// Styles for screen and print; no remote fonts, no images, no backgrounds on paper.
    static let style = """
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; }
        main { max-width: 50rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 1rem; }
        h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .2rem; border-bottom: 1px solid #999; }
        h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
        h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .4rem; }
        .redacted { border: 2px solid #8a5a00; background: #fff4dc; padding: .6rem .8rem; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
        .facts dt { font-weight: 600; }
        .facts dd { margin: 0; }
        .place, .meta { color: #4a4a4a; font-size: .92rem; }
        .path > li { margin-bottom: .6rem; }
        .path ul, .action ul { margin: .2rem 0; }
        .left-out { font-style: italic; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
        th, td { border: 1px solid #aaa; padding: .3rem .5rem; text-align: start; vertical-align: top; }
        th { background: #f0f0f0; }
        .state { font-weight: 600; white-space: nowrap; }
        .state-done { color: #1d6b2f; }
        .state-open { color: #8a3b00; }
        .state-not-applicable { color: #4a4a4a; }
        code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #ccc; padding: .5rem; }
        blockquote { margin: .5rem 0; padding-left: .8rem; border-left: 3px solid #aaa; }
        a { color: #0b4f9c; overflow-wrap: anywhere; }
        @media print {
          body { font-size: 11pt; color: #000; }
          main { max-width: none; padding: 0; }
          *, *::before, *::after { background: none !important; box-shadow: none !important; }
          section, .path > li, .action, .referral, tr, blockquote, pre { break-inside: avoid; page-break-inside: avoid; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          a { color: #000; text-decoration: underline; }
          a[href]:not(.bare)::after { content: " (" attr(href) ")"; font-size: .9em; overflow-wrap: anywhere; }
        }
        """

    private func fact(_ name: String, _ value: String) -> String {
        "<dt>\(HTMLText.escape(name))</dt><dd>\(value)</dd>"
    }

    private func place(_ playbookTitle: String, _ position: Position) -> String {
        "<span class=\"place\">\(HTMLText.escape(playbookTitle)), step \(HTMLText.escape(position.step))</span>"
    }

    /// An answer or note, marked when redaction left it out.
    private func content(_ text: String) -> String {
        text == Self.leftOut ? "<span class=\"left-out\">\(HTMLText.escape(text))</span>" : HTMLText.inline(text)
    }

    private var statusHTML: [String] {
        var lines = ["<section id=\"status\">", status.isFinished ? "<h2>Outcome</h2>" : "<h2>Where things stand</h2>"]
        lines.append("<p><strong>\(HTMLText.escape(status.label)).</strong> \(place(status.playbookTitle, status.position))</p>")
        if let text = status.text, !text.isEmpty { lines.append(HTMLText.paragraphs(text)) }
        return lines + ["</section>"]
    }

    private var pathHTML: [String] {
        guard !path.isEmpty else { return [] }
        var lines = ["<section id=\"path\">", "<h2>Path taken</h2>", "<ol class=\"path\">"]
        for step in path {
            let text = step.text.map { "<div>\(HTMLText.inline($0))</div>" } ?? ""
            let detail: String
            switch step.event {
            case .answered: detail = "Answer: \(content(step.answer ?? ""))"
            case .routed:
                detail = step.condition.map { "Condition that held: <code>\(HTMLText.escape($0))</code>" }
                    ?? "No condition held; the usual way was taken"
            case .read: detail = "Read"
            case .action: detail = "Action run: <code>\(HTMLText.escape(step.action ?? ""))</code>"
            case .ended: detail = "The session ended here"
            case .current: detail = "The session is waiting here"
            }
            lines.append("<li>\(text)<div>\(place(step.playbookTitle, step.position))</div><ul><li>\(detail)</li></ul></li>")
        }
        return lines + ["</ol>", "</section>"]
    }

    private var checklistsHTML: [String] {
        guard !checklists.isEmpty else { return [] }
        var lines = ["<section id=\"checklists\">", "<h2>Checklists</h2>"]
        for checklist in checklists {
            lines.append("<h3>\(HTMLText.escape(checklist.playbookTitle)), step \(HTMLText.escape(checklist.position.step))</h3>")
            if let text = checklist.text, !text.isEmpty { lines.append(HTMLText.paragraphs(text)) }
            lines.append("<table>\n<thead><tr><th>Item</th><th>State</th><th>Note</th></tr></thead>\n<tbody>")
            for item in checklist.items {
                let optional = item.optional ? " <span class=\"meta\">(optional)</span>" : ""
                let state = "<span class=\"state state-\(item.state.rawValue)\">\(HTMLText.escape(item.state.label))</span>"
                let note = content(item.note ?? "")
                lines.append("<tr><td>\(HTMLText.inline(item.text))\(optional)</td><td>\(state)</td><td>\(note)</td></tr>")
            }
            lines.append("</tbody>\n</table>")
        }
        return lines + ["</section>"]
    }

    private var actionsHTML: [String] {
        guard !actions.isEmpty else { return [] }
        var lines = ["<section id=\"actions\">", "<h2>Actions</h2>"]
        func fields(_ title: String, _ fields: [ReportField]) -> String {
            guard !fields.isEmpty else { return "" }
            let items = fields.map { "<li>\(HTMLText.escape($0.name)): \(content($0.text))</li>" }.joined()
            return "<li>\(title):<ul>\(items)</ul></li>"
        }
        for action in actions {
            let facet = action.facetTitle.map { " <span class=\"meta\">(\(HTMLText.escape($0)))</span>" } ?? ""
            lines.append("<div class=\"action\">")
            lines.append("<h3><code>\(HTMLText.escape(action.action))</code>\(facet), step \(HTMLText.escape(action.position.step))</h3>")
            let messages =
                action.messages.isEmpty
                ? "" : "<li>Messages:<ul>" + action.messages.map { "<li>\(HTMLText.inline($0))</li>" }.joined() + "</ul></li>"
            lines.append("<ul>\(fields("Given", action.parameters))\(fields("Results", action.outputs))\(messages)</ul>")
            lines.append("</div>")
        }
        return lines + ["</section>"]
    }

    private var facetsHTML: [String] {
        facetSections.flatMap { section in
            [
                "<section class=\"facet\" id=\"facet-\(HTMLText.escape(section.facet))\">",
                "<h2>\(HTMLText.escape(section.facetTitle)): \(HTMLText.escape(section.title))</h2>",
                MarkdownHTML.render(section.markdown, below: 2),
                "</section>",
            ]
        }
    }

    private var notesHTML: [String] {
        if redacted {
            return ["<section id=\"notes\">", "<h2>Notes</h2>", "<p>Notes are left out of this redacted report.</p>", "</section>"]
        }
        guard !notes.isEmpty else { return [] }
        var lines = ["<section id=\"notes\">", "<h2>Notes</h2>", "<ul>"]
        for note in notes {
            let when = HTMLText.escape(ReportDateFormat.text(note.at))
            lines.append(
                "<li><div class=\"meta\">\(when), \(place(note.playbookTitle, note.position))</div>\(HTMLText.paragraphs(note.text))</li>")
        }
        return lines + ["</ul>", "</section>"]
    }

    private var referralsHTML: [String] {
        guard !status.refer.isEmpty else { return [] }
        var lines = ["<section id=\"referrals\">", "<h2>Where to get help</h2>"]
        if referrals.isEmpty {
            lines.append("<p>No organisation in the directory offers \(HTMLText.escape(status.refer.joined(separator: ", "))).</p>")
        }
        for organisation in referrals {
            lines.append("<div class=\"referral\">")
            lines.append("<h3>\(HTMLText.escape(organisation.name))</h3>")
            lines.append(HTMLText.paragraphs(organisation.summary))
            lines.append("<dl class=\"facts\">")
            lines.append(fact("Website", HTMLText.link(organisation.website, label: organisation.website)))
            lines.append(fact("Services", HTMLText.escape(organisation.services.joined(separator: ", "))))
            lines.append(fact("Languages", HTMLText.escape(organisation.languages.joined(separator: ", "))))
            if let hours = organisation.responseTime { lines.append(fact("Response time", HTMLText.escape(hours))) }
            let contacts = organisation.contacts.map { contact -> String in
                let value = contact.kind == "web-form" ? HTMLText.link(contact.value, label: contact.value) : HTMLText.escape(contact.value)
                let checked = "checked \(HTMLText.escape(contact.checked)) on \(HTMLText.link(contact.source, label: contact.source))"
                return "<li>\(HTMLText.escape(contact.kind)): \(value) <span class=\"meta\">(\(checked))</span></li>"
            }
            lines.append(fact("Contact", contacts.isEmpty ? "through the website" : "<ul>\(contacts.joined())</ul>"))
            let source = HTMLText.link(organisation.source, label: organisation.source)
            lines.append(fact("Checked", "\(HTMLText.escape(organisation.checked)) on \(source)"))
            lines.append("</dl>")
            lines.append("</div>")
        }
        return lines + ["</section>"]
    }
}
