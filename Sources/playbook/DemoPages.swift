import Foundation
import PlaybookKit
import PlaybookTerminal

/// A rehearsed scenario laid out as pages for the presenter: the opening (the case),
/// then one page per act with its narrator, injects, narration, notes when asked for,
/// and the playbook stepping through its scripted answers, then a wrap-up of who helped
/// with what.
struct DemoPages {
    let scenario: Scenario
    let runs: [ScenarioRehearsal.ActRun]
    let directory: ResponderDirectory
    let style: TerminalStyle
    let showNotes: Bool

    var pages: [String] {
        [opening] + runs.enumerated().map { page(for: $1, number: $0 + 1) } + [wrapUp]
    }

    /// Who helped with what: each responder's part, how it ended, and the organisations
    /// in the directory that offer what it referred to.
    private var wrapUp: String {
        var text = [style.bold("## Wrap-up: who helped with what"), ""]
        for run in runs {
            let act = run.act
            let ending = run.outcome.map { "ended \($0.outcome.rawValue)" } ?? "did not reach an end"
            text.append(TextWrapper.wrap("- \(act.narrator) (\(act.facet)): \(act.title); playbook '\(act.playbook)' \(ending).", width: 80, indent: "    ", firstIndent: "  "))
            guard let outcome = run.outcome, !outcome.refer.isEmpty else { continue }
            let need = ReferralNeed(
                services: outcome.refer, urgent: outcome.outcome == .escalated, profile: ReferralProfile(region: scenario.region))
            let names = directory.ranked(for: need).prefix(4).map(\.organisation.name)
            let who = names.isEmpty ? "" : ": " + names.joined(separator: "; ")
            text.append(TextWrapper.wrap("Referred for \(DirectoryText.english.services(outcome.refer))\(who).", width: 80, indent: "    ", firstIndent: "    "))
        }
        text += ["", TextWrapper.wrap("Participants now rotate between the responder tables with their own questions.", width: 80)]
        return text.joined(separator: "\n")
    }

    private var opening: String {
        var text = [style.bold("# \(scenario.title)"), ""]
        text.append(TextWrapper.wrap("A fictitious case: every person, organisation, place, address and number in it is invented.", width: 80))
        text += ["", TextWrapper.wrap("Organisation: \(scenario.setting.organisation)", width: 80, indent: "  "), TextWrapper.wrap("Country: \(scenario.setting.country)", width: 80, indent: "  ")]
        if let region = scenario.region { text.append(TextWrapper.wrap("Region: \(ScenarioWords.region(region))", width: 80, indent: "  ")) }
        text.append("")
        text.append(TerminalMarkdown.render(scenario.setting.situation, width: 80, style: style))
        text += ["", "The acts:"]
        for (index, run) in runs.enumerated() {
            text.append(TextWrapper.wrap("\(index + 1). \(run.act.title) (\(run.act.narrator), \(run.act.facet))", width: 80, indent: "     ", firstIndent: "  "))
        }
        text += ["", style.dim(TextWrapper.wrap("Rehearsed with the clock at 2026-03-02 08:00 UTC; the network is always declined and nothing is saved.", width: 80))]
        return text.joined(separator: "\n")
    }

    private func page(for run: ScenarioRehearsal.ActRun, number: Int) -> String {
        let act = run.act
        var text = [style.bold("## Act \(number) of \(runs.count): \(act.title)")]
        text.append("Told by: \(act.narrator) (facet: \(act.facet))")
        if !act.injects.isEmpty {
            text += ["", "Injects:"]
            for inject in act.injects {
                // One list item each, the time in bold; the text's own lines stay inside the item.
                let item = "- **\(Self.escaped(inject.at)):** " + inject.text.replacingOccurrences(of: "\n", with: "\n  ")
                text.append(TerminalMarkdown.render(item, width: 80, style: style, indent: "  "))
            }
        }
        text += ["", TerminalMarkdown.render(act.narration, width: 80, style: style)]
        if showNotes, let notes = act.notes {
            text += ["", style.italic("Facilitator notes:"), TerminalMarkdown.render(notes, width: 80, style: style, indent: "  ")]
        }
        if showNotes, !act.prompts.isEmpty {
            text += ["", style.italic("Questions for the room:")]
            text += act.prompts.map { TranscriptPrinter(style: style).markdown($0, indent: "  ", marker: "• ") }
        }
        text += ["", style.dim("-- Playbook '\(act.playbook)', with the scripted answers --")]
        var transcript: [String] = []
        let printer = TranscriptPrinter(style: style)
        var step: Step?
        for line in run.lines {
            switch line {
            case .event(let event):
                if case .arrived(_, let arrived, _, _) = event { step = arrived }
                transcript += lines(for: event, at: step, printer: printer)
            case .emitted(let message): transcript.append(TextWrapper.wrap(message, width: 80, indent: "  ", firstIndent: "  "))
            }
        }
        return (text + transcript).joined(separator: "\n")
    }

    /// The lines that show `event`, which happened at `step`, as the transcript of
    /// `run --answers` shows them, except that a chosen option's label is Markdown too.
    private func lines(for event: DriverEvent, at step: Step?, printer: TranscriptPrinter) -> [String] {
        switch event {
        case .answered(let id, let question, let answer):
            let chosen: String
            if let step, step.id == id, case .question = step.kind {
                chosen = printer.markdown(answer, indent: "  ", marker: "> ")
            } else {
                chosen = TextWrapper.wrap("> " + answer, width: 80, indent: "  ")
            }
            return [printer.markdown("? " + question, indent: "  "), chosen]
        default:
            return printer.lines(for: event)
        }
    }

    /// `text` with the characters that would start Markdown emphasis, code, links or
    /// HTML escaped, for a value that is not Markdown (an inject's time).
    static func escaped(_ text: String) -> String {
        var output = ""
        for character in text {
            if "\\`*_[]<>!#~".contains(character) { output.append("\\") }
            output.append(character)
        }
        return output
    }
}
