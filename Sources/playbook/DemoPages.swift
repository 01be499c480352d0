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
            guard let refer = run.outcome?.refer, !refer.isEmpty else { continue }
            let names = directory.ranked(for: refer).prefix(4).map(\.name)
            let who = names.isEmpty ? "" : ": " + names.joined(separator: "; ")
            text.append(TextWrapper.wrap("Referred for \(refer.joined(separator: ", "))\(who).", width: 80, indent: "    ", firstIndent: "    "))
        }
        text += ["", TextWrapper.wrap("Participants now rotate between the responder tables with their own questions.", width: 80)]
        return text.joined(separator: "\n")
    }

    private var opening: String {
        var text = [style.bold("# \(scenario.title)"), ""]
        text.append(TextWrapper.wrap("A fictitious case: every person, organisation, place, address and number in it is invented.", width: 80))
        text += ["", TextWrapper.wrap("Organisation: \(scenario.setting.organisation)", width: 80, indent: "  "), TextWrapper.wrap("Country: \(scenario.setting.country)", width: 80, indent: "  "), ""]
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
                text.append(TextWrapper.wrap("\(inject.at): \(inject.text)", width: 80, indent: "    ", firstIndent: "  "))
            }
        }
        text += ["", TerminalMarkdown.render(act.narration, width: 80, style: style)]
        if showNotes, let notes = act.notes {
            text += ["", style.italic("Facilitator notes:"), TerminalMarkdown.render(notes, width: 80, style: style, indent: "  ")]
        }
        text += ["", style.dim("-- Playbook '\(act.playbook)', with the scripted answers --")]
        var transcript: [String] = []
        let printer = TranscriptPrinter(style: style)
        for line in run.lines {
            switch line {
            case .event(let event): transcript += printer.lines(for: event)
            case .emitted(let message): transcript.append(TextWrapper.wrap(message, width: 80, indent: "  ", firstIndent: "  "))
            }
        }
        return (text + transcript).joined(separator: "\n")
    }
}
