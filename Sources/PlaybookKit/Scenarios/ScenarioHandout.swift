/// What participants take home from a presented case: the story act by act, who told
/// each part and which playbooks they used, and the real organisations behind the
/// services the acts point to, from the directory. It never says how an act ends, so it
/// can be handed out before or during the exercise.
///
/// The facilitator's page is separate: for each act, the narration, the notes, the
/// questions to put to the room, and how the playbook ended.
public struct ScenarioHandout: Sendable {
    /// The scenario.
    public var scenario: Scenario
    /// The acts presented, as rehearsed.
    public var runs: [ScenarioRehearsal.ActRun]
    /// The playbooks the acts drove, by id.
    public var playbooks: [String: Playbook]
    /// The organisations that can help.
    public var directory: ResponderDirectory
    /// The facets, for their titles.
    public var facets: FacetRegistry

    /// Creates a handout.
    public init(
        scenario: Scenario, runs: [ScenarioRehearsal.ActRun], playbooks: [String: Playbook], directory: ResponderDirectory,
        facets: FacetRegistry = FacetRegistry()
    ) {
        self.scenario = scenario
        self.runs = runs
        self.playbooks = playbooks
        self.directory = directory
        self.facets = facets
    }

    /// The services the acts' ends refer to, each once, in the order they first appear.
    public var services: [String] {
        var seen: Set<String> = []
        return runs.flatMap { $0.outcome?.refer ?? [] }.filter { seen.insert($0).inserted }
    }

    /// The facet `id` in words: its title, or the id spelt out when the facet is unknown.
    func facetName(_ id: String) -> String {
        facets.facet(id)?.title ?? ScenarioWords.spelledOut(id)
    }

    /// The playbooks an act went through, in order: the one it drives, then any it was handed over to.
    func playbooksUsed(by run: ScenarioRehearsal.ActRun) -> [String] {
        var seen: Set<String> = [run.act.playbook]
        var ids = [run.act.playbook]
        for case .event(.entered(let id, _)) in run.lines where seen.insert(id).inserted {
            ids.append(id)
        }
        return ids
    }

    private func title(of playbook: String) -> String {
        playbooks[playbook]?.title ?? playbook
    }

    /// The handout in Markdown: the participants' pages, then the facilitator's page when asked for.
    public func markdown(facilitator: Bool = false) -> String {
        facilitator ? participantsMarkdown() + "\n" + facilitatorMarkdown() : participantsMarkdown()
    }

    /// The pages for participants: the case and the acts, without how any act ends.
    public func participantsMarkdown() -> String {
        var lines = ["# \(MarkdownText.inline(scenario.title))", ""]
        lines += ["A fictitious case: every person, organisation, place, address and number in it is invented.", ""]
        lines += ["## The case", ""]
        lines += ["- **Organisation:** \(MarkdownText.inline(scenario.setting.organisation))", "- **Country:** \(MarkdownText.inline(scenario.setting.country))"]
        if let region = scenario.region { lines.append("- **Region:** \(ScenarioWords.region(region))") }
        lines += ["", MarkdownText.nested(scenario.setting.situation, below: 2), ""]
        lines += ["## The acts", ""]
        for (index, run) in runs.enumerated() {
            let act = run.act
            lines += ["### \(index + 1). \(MarkdownText.inline(act.title))", ""]
            lines += ["Told by: \(MarkdownText.inline(act.narrator)). Part of the response: \(MarkdownText.inline(facetName(act.facet))).", ""]
            lines += [MarkdownText.nested(act.narration, below: 3), ""]
            if !act.injects.isEmpty {
                lines += ["What happens during the act:", ""]
                lines += act.injects.map { "- **\(MarkdownText.inline($0.at)):** \(MarkdownText.inline($0.text))" }
                lines.append("")
            }
            let used = playbooksUsed(by: run).map { "**\(MarkdownText.inline(title(of: $0)))** (`playbook run \($0)`)" }
            lines += ["\(used.count == 1 ? "Playbook" : "Playbooks") used: \(used.joined(separator: ", then "))." , ""]
        }
        lines += ["## The playbooks used", ""]
        var listed: Set<String> = []
        for id in runs.flatMap(playbooksUsed(by:)) where listed.insert(id).inserted {
            guard let playbook = playbooks[id] else { continue }
            lines.append("- **\(MarkdownText.inline(playbook.title))** (\(MarkdownText.inline(facetName(playbook.facet)))): \(MarkdownText.inline(playbook.summary))")
        }
        lines += ["", "## Organisations that can help", ""]
        lines += ["These organisations are real. Their details were checked on the date shown; check again before you rely on them.", ""]
        let services = self.services
        if services.isEmpty { lines += ["The acts did not point to any kind of help.", ""] }
        for service in services {
            lines += ["### \(ScenarioWords.service(service))", ""]
            let organisations = directory.ranked(for: [service], region: scenario.region)
            if organisations.isEmpty { lines.append("- None in the directory for this yet.") }
            for organisation in organisations {
                lines.append("- **\(MarkdownText.inline(organisation.name))** (\(organisation.website)): \(MarkdownText.inline(organisation.summary))")
                for contact in organisation.contacts {
                    lines.append("  - " + MarkdownText.inline(DirectoryText.english.contact(contact)))
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The facilitator's page: per act, what the responder tells, the notes and
    /// questions for the room, and how the playbook ended.
    public func facilitatorMarkdown() -> String {
        var lines = ["# For the facilitator: \(MarkdownText.inline(scenario.title))", ""]
        lines += ["**Keep this page for yourself:** it says how each act ends. Participants get the pages before it.", ""]
        for (index, run) in runs.enumerated() {
            let act = run.act
            lines += ["## Act \(index + 1): \(MarkdownText.inline(act.title))", ""]
            let used = playbooksUsed(by: run).map { "**\(MarkdownText.inline(title(of: $0)))**" }.joined(separator: ", then ")
            lines += ["Told by: \(MarkdownText.inline(act.narrator)). Part of the response: \(MarkdownText.inline(facetName(act.facet))). Playbook: \(used).", ""]
            lines += ["### What the responder tells", "", MarkdownText.nested(act.narration, below: 3), ""]
            if !act.injects.isEmpty {
                lines += ["### What you announce", ""]
                lines += act.injects.map { "- **\(MarkdownText.inline($0.at)):** \(MarkdownText.inline($0.text))" }
                lines.append("")
            }
            lines += ["### For the discussion", ""]
            if let notes = act.notes { lines += [MarkdownText.nested(notes, below: 3), ""] }
            if !act.prompts.isEmpty {
                lines += ["Questions for the room:", ""]
                lines += act.prompts.map { "- \(MarkdownText.inline($0))" }
                lines.append("")
            }
            if act.notes == nil, act.prompts.isEmpty {
                lines += ["Ask the room what they would have done, and in what order.", ""]
            }
            lines += ["### How it ends", ""]
            if let outcome = run.outcome {
                var ending = ScenarioWords.outcome(outcome.outcome)
                if !outcome.refer.isEmpty { ending += " It points to: \(outcome.refer.map(ScenarioWords.service).joined(separator: ", "))." }
                lines.append(ending)
            } else {
                lines.append("The rehearsal did not reach an end.")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The handout as one self-contained HTML page: no scripts, nothing fetched,
    /// everything escaped. The facilitator's page, when asked for, starts on a new
    /// printed page.
    public func html(facilitator: Bool = false) -> String {
        let facilitatorSection = facilitator
            ? "<section class=\"facilitator\">\n\(MarkdownHTML.render(facilitatorMarkdown(), below: 0))\n</section>\n" : ""
        let style = """
            body { font-family: sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
            h1, h2, h3 { line-height: 1.2; }
            .facilitator { border-top: 3px double; margin-top: 3em; }
            @media print { .facilitator { border-top: none; break-before: page; } }
            """
        let main = "<main>\n\(MarkdownHTML.render(participantsMarkdown(), below: 0))\n</main>\n"
        return HTMLDocument.page(
            language: "en", title: HTMLText.escape(scenario.title), style: style,
            body: (main + facilitatorSection).trimmingCharacters(in: .newlines))
    }
}
