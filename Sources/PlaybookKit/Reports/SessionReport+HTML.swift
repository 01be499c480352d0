extension SessionReport {
    /// The report as one self-contained HTML file that prints well, framed in `text`'s
    /// words: inline styles only, no scripts, no fonts, images or anything else fetched
    /// from elsewhere (a content security policy forbids it too), every piece of content
    /// escaped, and links printed with their address.
    public func html(in text: ReportText = .english) -> String {
        let words = ReportWords.html(text)
        let heading = words("title", HTMLText.escape(summary.situation))
        var body: [String] = ["<header>", "<h1>\(heading)</h1>"]
        if redacted {
            body.append("<p class=\"redacted\"><strong>\(words("redacted"))</strong> \(words("redaction-notice", Self.leftOut))</p>")
        }
        body += summaryHTML(words)
        body += [
            "<dl class=\"facts\">",
            fact(words("fact.status"), HTMLText.escape(status.label(in: text))),
            fact(words("fact.session"), HTMLText.escape(sessionID)),
            fact(words("fact.updated"), HTMLText.escape(ReportDateFormat.text(updatedAt))),
            fact(words("fact.generated"), HTMLText.escape(ReportDateFormat.text(generatedAt))),
            "</dl>", "</header>",
        ]
        body += statusHTML(words) + pathHTML(words) + checklistsHTML(words) + facetsHTML(words)
        body += notesHTML(words) + referralsHTML(words)
        let document = HTMLDocument.page(
            language: language, title: heading, style: Self.style,
            body: "<main>\n" + body.joined(separator: "\n") + "\n</main>")
        return redacted ? document.replacingOccurrences(of: Self.leftOut, with: HTMLText.escape(text.leftOut)) : document
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

    /// A name, already HTML, and its value.
    private func fact(_ name: String, _ value: String) -> String {
        "<dt>\(name)</dt><dd>\(value)</dd>"
    }

    /// An answer or note, marked when redaction left it out.
    private func content(_ text: String) -> String {
        text == Self.leftOut ? "<span class=\"left-out\">\(HTMLText.escape(text))</span>" : HTMLText.inline(text)
    }

    /// The summary a helpline acts on, as in the Markdown report.
    private func summaryHTML(_ words: ReportWords) -> [String] {
        func items(_ texts: [String], none: String) -> String {
            texts.isEmpty ? none : "<ul>" + texts.map { "<li>\(content($0))</li>" }.joined() + "</ul>"
        }
        var lines = ["<section id=\"summary\">", "<h2>\(words("section.summary"))</h2>", "<dl class=\"facts\">"]
        lines.append(fact(words("summary.situation"), HTMLText.escape(summary.situation)))
        lines.append(fact(words("summary.urgency"), "<strong>\(HTMLText.escape(summary.urgency.label(in: words.text)))</strong>"))
        lines.append(fact(words("summary.started"), HTMLText.escape(ReportDateFormat.text(summary.startedAt))))
        let answers = summary.answers(in: words.text, from: path).map {
            words("summary.answer", HTMLText.inline($0.question), content($0.answer))
        }
        let happened = answers.isEmpty ? words("summary.no-answers") : "<ul>" + answers.map { "<li>\($0)</li>" }.joined() + "</ul>"
        lines.append(fact(words("summary.happened"), happened))
        lines.append(fact(words("summary.done"), items(summary.done, none: words("summary.nothing"))))
        lines.append(fact(words("summary.open"), items(summary.open, none: words("summary.nothing"))))
        lines.append(fact(words("summary.notes"), redacted ? words("summary.notes-left-out") : items(summary.notes, none: words("summary.no-notes"))))
        if !status.refer.isEmpty {
            let names = summary.contacts.map { HTMLText.escape($0) }.joined(separator: ", ")
            lines.append(fact(words("summary.contact"), names.isEmpty ? words("summary.contact-none") : words("summary.contact-names", names)))
            for line in summary.emergencyLines {
                lines.append("<dd><strong>\(HTMLText.escape(words.text.directory("referral.emergency-line", line)))</strong></dd>")
            }
        }
        return lines + ["</dl>", "</section>"]
    }

    private func statusHTML(_ words: ReportWords) -> [String] {
        var lines = ["<section id=\"status\">", "<h2>\(words(status.isFinished ? "section.outcome" : "section.waiting"))</h2>"]
        let label = HTMLText.escape(status.label(in: words.text))
        lines.append("<p><strong>\(label).</strong> \(words.place(status.playbookTitle, status.position))</p>")
        if let text = status.text, !text.isEmpty { lines.append(HTMLText.paragraphs(text)) }
        return lines + ["</section>"]
    }

    private func pathHTML(_ words: ReportWords) -> [String] {
        guard !path.isEmpty else { return [] }
        var lines = ["<section id=\"path\">", "<h2>\(words("section.path"))</h2>", "<ol class=\"path\">"]
        for step in path {
            let text = step.text.map { "<div>\(HTMLText.inline($0))</div>" } ?? ""
            let details: [String]
            switch step.event {
            case .answered: details = [words("path.answer", content(step.answer(in: words.text) ?? ""))]
            case .routed: details = [words("path.tool")]
            case .read: details = [words("path.read")]
            case .action: details = step.messages.isEmpty ? [words("path.tool")] : step.messages.map { HTMLText.inline($0) }
            case .ended: details = [words("path.ended")]
            case .current: details = [words("path.current")]
            }
            let detail = details.map { "<li>\($0)</li>" }.joined()
            lines.append("<li>\(text)<div>\(words.place(step.playbookTitle, step.position))</div><ul>\(detail)</ul></li>")
        }
        return lines + ["</ol>", "</section>"]
    }

    private func checklistsHTML(_ words: ReportWords) -> [String] {
        guard !checklists.isEmpty else { return [] }
        var lines = ["<section id=\"checklists\">", "<h2>\(words("section.checklists"))</h2>"]
        let header = ["checklist.item", "checklist.state", "checklist.note"].map { "<th>\(words($0))</th>" }.joined()
        for checklist in checklists {
            lines.append("<h3>\(words("place", HTMLText.escape(checklist.playbookTitle), HTMLText.escape(checklist.position.step)))</h3>")
            if let text = checklist.text, !text.isEmpty { lines.append(HTMLText.paragraphs(text)) }
            lines.append("<table>\n<thead><tr>\(header)</tr></thead>\n<tbody>")
            for item in checklist.items {
                let optional = item.optional ? " <span class=\"meta\">\(words("checklist.optional"))</span>" : ""
                let state = "<span class=\"state state-\(item.state.rawValue)\">\(HTMLText.escape(item.state.label(in: words.text)))</span>"
                let note = content(item.note ?? "")
                lines.append("<tr><td>\(HTMLText.inline(item.text))\(optional)</td><td>\(state)</td><td>\(note)</td></tr>")
            }
            lines.append("</tbody>\n</table>")
        }
        return lines + ["</section>"]
    }

    private func facetsHTML(_ words: ReportWords) -> [String] {
        facetSections.flatMap { section in
            let facet = words.facetTitle(section.facet, english: section.facetTitle)
            let title = HTMLText.escape(section.title)
            return [
                "<section class=\"facet\" id=\"facet-\(HTMLText.escape(section.facet))\">",
                "<h2>\(title == facet ? facet : words("section.facet", facet, title))</h2>",
                MarkdownHTML.render(section.markdown, below: 2),
                "</section>",
            ]
        }
    }

    private func notesHTML(_ words: ReportWords) -> [String] {
        if redacted {
            return ["<section id=\"notes\">", "<h2>\(words("section.notes"))</h2>", "<p>\(words("notes.left-out"))</p>", "</section>"]
        }
        guard !notes.isEmpty else { return [] }
        var lines = ["<section id=\"notes\">", "<h2>\(words("section.notes"))</h2>", "<ul>"]
        for note in notes {
            let when = HTMLText.escape(ReportDateFormat.text(note.at))
            lines.append(
                "<li><div class=\"meta\">\(when), \(words.place(note.playbookTitle, note.position))</div>\(HTMLText.paragraphs(note.text))</li>")
        }
        return lines + ["</ul>", "</section>"]
    }

    private func referralsHTML(_ words: ReportWords) -> [String] {
        guard let need = referralNeed else { return [] }
        let directory = words.text.directory
        var lines = ["<section id=\"referrals\">", "<h2>\(words("section.referrals"))</h2>"]
        if referrals.isEmpty {
            lines.append("<p>\(words("referrals.none", HTMLText.escape(directory.services(need.services))))</p>")
        }
        for organisation in referrals {
            lines.append("<div class=\"referral\">")
            lines.append("<h3>\(HTMLText.escape(organisation.name))</h3>")
            lines += organisation.leadingFacts(directory, urgent: need.urgent).map { "<p><strong>\(HTMLText.escape($0))</strong></p>" }
            lines.append(HTMLText.paragraphs(organisation.summary))
            lines.append("<dl class=\"facts\">")
            lines.append(fact(words("referral.website"), HTMLText.link(organisation.website, label: organisation.website)))
            lines.append(fact(words("referral.languages"), HTMLText.escape(organisation.languages.joined(separator: ", "))))
            if let hours = organisation.responseTime { lines.append(fact(words("referral.response-time"), HTMLText.escape(hours))) }
            let contacts = organisation.contacts.map { contact -> String in
                let value = contact.kind == "web-form" ? HTMLText.link(contact.value, label: contact.value) : HTMLText.escape(contact.value)
                let source = HTMLText.link(contact.source, label: contact.source)
                let checked = words("referral.contact-checked", HTMLText.escape(contact.checked), source)
                return "<li>\(HTMLText.escape(words.text.directory.contactKind(contact.kind))): \(value) <span class=\"meta\">(\(checked))</span></li>"
            }
            lines.append(fact(words("referral.contact"), contacts.isEmpty ? words("referral.through-website") : "<ul>\(contacts.joined())</ul>"))
            let source = HTMLText.link(organisation.source, label: organisation.source)
            lines.append(fact(words("referral.checked"), words("referral.checked-on", HTMLText.escape(organisation.checked), source)))
            lines.append("</dl>")
            lines.append("</div>")
        }
        lines += referralNotes(directory).map { "<p>\(HTMLText.escape($0))</p>" }
        if !moreReferrals.isEmpty {
            lines.append("<h3>\(words("referrals.more"))</h3>")
            let items = moreReferrals.map { "<li>\(HTMLText.escape($0.name)): \(HTMLText.link($0.website, label: $0.website))</li>" }
            lines.append("<ul>\(items.joined())</ul>")
        }
        return lines + ["</section>"]
    }
}
