import PlaybookKit
import PlaybookTerminal

/// Prints a scripted run as readable text within 80 columns, ending with the outcome
/// and the organisations that can help.
struct TranscriptPrinter {
    let directory: ResponderDirectory
    let style: TerminalStyle
    /// The interface's words, in the run's language.
    var text: UIText = .english
    /// Where each line goes: standard output, or the trainer demo's pages.
    var output: (String) -> Void = { Swift.print($0) }

    func print(_ event: ScriptedRun.Event) {
        switch event {
        case .entered(_, let title):
            output(style.bold("\n== \(TerminalMarkdown.sanitise(title))"))
        case .said(_, let text):
            output(TextWrapper.wrap(text, width: 80))
        case .answered(_, let question, let answer):
            output(TextWrapper.wrap("? " + question, width: 80, indent: "  "))
            output(TextWrapper.wrap("> " + answer, width: 80, indent: "  "))
        case .checklist(_, let items):
            for item in items {
                let mark = switch item.state {
                case .done: "[x]"
                case .notApplicable: "[-]"
                case .notDone, nil: "[ ]"
                }
                output(TextWrapper.wrap("\(mark) \(item.text)", width: 80, indent: "    "))
            }
        case .action(_, let action, let messages):
            output(style.dim("· \(action)"))
            for message in messages { output(TextWrapper.wrap(message, width: 80, indent: "  ", firstIndent: "  ")) }
        case .finished(let outcome, let say):
            output(style.bold("\n" + text("transcript.outcome", text("transcript.outcome.\(outcome.outcome.rawValue)"))))
            if let say { output(TextWrapper.wrap(say, width: 80)) }
            printReferrals(for: outcome.refer)
        }
    }

    private func printReferrals(for services: [String]) {
        guard !services.isEmpty else { return }
        output("")
        ReferralList.lines(for: services, directory: directory, text: text, width: 80).forEach(output)
    }
}
