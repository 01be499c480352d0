/// What participants take home from a presented case: the story, what each responder
/// did and with which playbook, and the real organisations behind the services the
/// playbooks ended on, from the directory.
public struct ScenarioHandout: Sendable {
    /// The scenario.
    public var scenario: Scenario
    /// The acts presented, as rehearsed.
    public var runs: [ScenarioRehearsal.ActRun]
    /// The playbooks the acts drove, by id.
    public var playbooks: [String: Playbook]
    /// The organisations that can help.
    public var directory: ResponderDirectory

    /// Creates a handout.
    public init(scenario: Scenario, runs: [ScenarioRehearsal.ActRun], playbooks: [String: Playbook], directory: ResponderDirectory) {
        self.scenario = scenario
        self.runs = runs
        self.playbooks = playbooks
        self.directory = directory
    }

    /// The services the acts' ends refer to, each once, in the order they first appear.
    public var services: [String] {
        var seen: Set<String> = []
        return runs.flatMap { $0.outcome?.refer ?? [] }.filter { seen.insert($0).inserted }
    }

    /// The handout in Markdown.
    public func markdown() -> String {
        var lines = ["# \(MarkdownText.inline(scenario.title))", ""]
        lines += ["*A fictitious case: every person, organisation, place, address and number in it is invented.*", ""]
        lines += ["## The case", ""]
        lines += ["- **Organisation:** \(MarkdownText.inline(scenario.setting.organisation))", "- **Country:** \(MarkdownText.inline(scenario.setting.country))", ""]
        lines += [MarkdownText.block(scenario.setting.situation), ""]
        lines += ["## What each responder did", ""]
        for (index, run) in runs.enumerated() {
            let act = run.act
            lines += ["### \(index + 1). \(MarkdownText.inline(act.title))", ""]
            lines += ["*Told by: \(MarkdownText.inline(act.narrator)) (\(act.facet)).*", ""]
            lines += [MarkdownText.nested(act.narration, below: 3), ""]
            let title = playbooks[act.playbook]?.title ?? act.playbook
            var used = "Playbook used: **\(MarkdownText.inline(title))** (`playbook run \(act.playbook)`)"
            if let outcome = run.outcome {
                used += ", which ended \(outcome.outcome.rawValue)"
                if !outcome.refer.isEmpty { used += ", pointing to: \(outcome.refer.joined(separator: ", "))" }
            }
            lines += [used + ".", ""]
        }
        lines += ["## The playbooks used", ""]
        var listed: Set<String> = []
        for run in runs where listed.insert(run.act.playbook).inserted {
            guard let playbook = playbooks[run.act.playbook] else { continue }
            lines.append("- **\(MarkdownText.inline(playbook.title))** (`\(playbook.id)`, \(playbook.facet)): \(MarkdownText.inline(playbook.summary))")
        }
        lines += ["", "## Organisations that can help", ""]
        lines += ["These organisations are real. Their details were checked on the date shown; check again before you rely on them.", ""]
        let services = self.services
        if services.isEmpty { lines += ["The acts did not refer to any service.", ""] }
        for service in services {
            lines += ["### \(service)", ""]
            let organisations = directory.ranked(for: [service])
            if organisations.isEmpty { lines.append("- None in the directory for this service yet.") }
            for organisation in organisations {
                lines.append("- **\(MarkdownText.inline(organisation.name))** (\(organisation.website)): \(MarkdownText.inline(organisation.summary))")
                for contact in organisation.contacts {
                    lines.append("  - \(MarkdownText.inline(contact.kind)): \(MarkdownText.inline(contact.value)) (checked \(contact.checked))")
                }
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The handout as one self-contained HTML page: no scripts, nothing fetched, everything escaped.
    public func html() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <meta name="referrer" content="no-referrer">
        <title>\(HTMLText.escape(scenario.title))</title>
        <style>
        body { font-family: sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
        h1, h2, h3 { line-height: 1.2; }
        </style>
        </head>
        <body>
        <main>
        \(MarkdownHTML.render(markdown(), below: 0))
        </main>
        </body>
        </html>

        """
    }
}
