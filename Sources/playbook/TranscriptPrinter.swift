import Foundation
import PlaybookKit
import PlaybookTerminal

/// A session's events as readable text within 80 columns, ending with the outcome and
/// the organisations that can help: the transcript of `run --answers` and of the demo.
/// Playbook and facet text is Markdown, laid out as a terminal session lays it out
/// (`TerminalMarkdown`): its source line breaks are soft, so text is wrapped once, never
/// cut at the author's line ends and then again at 80 columns.
struct TranscriptPrinter: Sendable {
    /// The transcript's width.
    static let width = 80

    let style: TerminalStyle
    /// The interface's words, in the run's language.
    var text: UIText = .english
    /// The directory's words, in the run's language.
    var directoryText: DirectoryText = .english

    /// Prints `event`'s lines on standard output; for runs whose events go straight out.
    func print(_ event: DriverEvent) {
        for line in lines(for: event) { Swift.print(line) }
    }

    /// Playbook or facet Markdown laid out within the width, every line after `indent`;
    /// with a `marker`, the first line starts with it and the others line up after it.
    func markdown(_ text: String, indent: String = "", marker: String = "") -> String {
        let hanging = String(repeating: " ", count: marker.count)
        let lines = TerminalMarkdown.render(text, width: Self.width - indent.count - marker.count, style: style)
            .split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            line.isEmpty ? "" : indent + (index == 0 ? marker : hanging) + line
        }.joined(separator: "\n")
    }

    /// The lines that show `event`; none for events a transcript leaves out.
    func lines(for event: DriverEvent) -> [String] {
        switch event {
        case .entered(_, let title):
            return [style.bold("\n== \(TerminalMarkdown.sanitise(title))")]
        case .arrived(_, _, let say, _):
            return say.map { [markdown($0)] } ?? []
        case .answered(_, let question, let answer):
            return [markdown("? " + question, indent: "  "), TextWrapper.wrap("> " + answer, width: Self.width, indent: "  ")]
        case .checklist(_, let items):
            return items.map { item in
                let mark = switch item.state {
                case .done: "[x]"
                case .notApplicable: "[-]"
                case .notDone, nil: "[ ]"
                }
                return markdown(item.text, indent: "    ", marker: mark + " ")
            }
        case .action(_, let action, let messages):
            return [style.dim("· \(action)")] + messages.map { markdown($0, indent: "  ") }
        case .emitted(let line):
            return [TextWrapper.wrap(line, width: Self.width, indent: "  ", firstIndent: "  ")]
        case .network(let request, let allowed):
            return [TextWrapper.wrap(text(allowed ? "network.contacting" : "network.not-contacting", request.address, request.purpose), width: Self.width, indent: "  ", firstIndent: "  ")]
        case .finished(let outcome, let say, let referrals):
            var lines = [style.bold("\n" + text("transcript.outcome", text("transcript.outcome.\(outcome.outcome.rawValue)")))]
            if let say { lines.append(markdown(say)) }
            if let referrals {
                lines.append("")
                lines += ReferralList.lines(for: referrals, text: text, words: directoryText, width: Self.width)
            }
            return lines
        case .marked, .noted, .wentBack:
            return []
        }
    }
}
