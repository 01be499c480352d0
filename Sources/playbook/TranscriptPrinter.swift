import PlaybookKit
import PlaybookTerminal

/// A session's events as readable text within 80 columns, ending with the outcome and
/// the organisations that can help: the transcript of `run --answers` and of the demo.
struct TranscriptPrinter: Sendable {
    let style: TerminalStyle
    /// The interface's words, in the run's language.
    var text: UIText = .english
    /// The directory's words, in the run's language.
    var directoryText: DirectoryText = .english

    /// Prints `event`'s lines on standard output; for runs whose events go straight out.
    func print(_ event: DriverEvent) {
        for line in lines(for: event) { Swift.print(line) }
    }

    /// The lines that show `event`; none for events a transcript leaves out.
    func lines(for event: DriverEvent) -> [String] {
        switch event {
        case .entered(_, let title):
            return [style.bold("\n== \(TerminalMarkdown.sanitise(title))")]
        case .arrived(_, _, let say, _):
            return say.map { [TextWrapper.wrap($0, width: 80)] } ?? []
        case .answered(_, let question, let answer):
            return [TextWrapper.wrap("? " + question, width: 80, indent: "  "), TextWrapper.wrap("> " + answer, width: 80, indent: "  ")]
        case .checklist(_, let items):
            return items.map { item in
                let mark = switch item.state {
                case .done: "[x]"
                case .notApplicable: "[-]"
                case .notDone, nil: "[ ]"
                }
                return TextWrapper.wrap("\(mark) \(item.text)", width: 80, indent: "    ")
            }
        case .action(_, let action, let messages):
            return [style.dim("· \(action)")] + messages.map { TextWrapper.wrap($0, width: 80, indent: "  ", firstIndent: "  ") }
        case .emitted(let line):
            return [TextWrapper.wrap(line, width: 80, indent: "  ", firstIndent: "  ")]
        case .network(let request, let allowed):
            return [TextWrapper.wrap(text(allowed ? "network.contacting" : "network.not-contacting", request.address, request.purpose), width: 80, indent: "  ", firstIndent: "  ")]
        case .finished(let outcome, let say, let referrals):
            var lines = [style.bold("\n" + text("transcript.outcome", text("transcript.outcome.\(outcome.outcome.rawValue)")))]
            if let say { lines.append(TextWrapper.wrap(say, width: 80)) }
            if let referrals {
                lines.append("")
                lines += ReferralList.lines(for: referrals, text: text, words: directoryText, width: 80)
            }
            return lines
        case .marked, .noted, .wentBack:
            return []
        }
    }
}
