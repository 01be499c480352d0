import PlaybookKit
import PlaybookTerminal

/// Prints a scripted run as readable text within 80 columns, ending with the outcome
/// and the organisations that can help.
struct TranscriptPrinter {
    let directory: ResponderDirectory
    let style: TerminalStyle

    func print(_ event: ScriptedRun.Event) {
        switch event {
        case .entered(_, let title):
            Swift.print(style.bold("\n== \(TerminalMarkdown.sanitise(title))"))
        case .said(_, let text):
            Swift.print(TextWrapper.wrap(text, width: 80))
        case .answered(_, let question, let answer):
            Swift.print(TextWrapper.wrap("? " + question, width: 80, indent: "  "))
            Swift.print(TextWrapper.wrap("> " + answer, width: 80, indent: "  "))
        case .checklist(_, let items):
            for item in items {
                let mark = switch item.state {
                case .done: "[x]"
                case .notApplicable: "[-]"
                case .notDone, nil: "[ ]"
                }
                Swift.print(TextWrapper.wrap("\(mark) \(item.text)", width: 80, indent: "    "))
            }
        case .action(_, let action, let messages):
            Swift.print(style.dim("· \(action)"))
            for message in messages { Swift.print(TextWrapper.wrap(message, width: 80, indent: "  ", firstIndent: "  ")) }
        case .finished(let outcome, let text):
            Swift.print(style.bold("\nOutcome: \(outcome.outcome.rawValue)"))
            if let text { Swift.print(TextWrapper.wrap(text, width: 80)) }
            printReferrals(for: outcome.refer)
        }
    }

    private func printReferrals(for services: [String]) {
        guard !services.isEmpty else { return }
        Swift.print("\nOrganisations that can help (\(services.joined(separator: ", "))):")
        let organisations = directory.ranked(for: services)
        if organisations.isEmpty {
            Swift.print("  none in the directory for these services yet; see playbooks/directory/")
        }
        for organisation in organisations {
            Swift.print(TextWrapper.wrap("- \(organisation.name): \(organisation.website)", width: 80, indent: "    ", firstIndent: "  "))
            for contact in organisation.contacts {
                Swift.print(TextWrapper.wrap("\(contact.kind): \(contact.value) (checked \(contact.checked))", width: 80, indent: "      ", firstIndent: "    "))
            }
        }
    }
}
