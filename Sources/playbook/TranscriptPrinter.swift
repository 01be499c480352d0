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

    let directory: ResponderDirectory
    let style: TerminalStyle
    /// The interface's words, in the run's language.
    var text: UIText = .english
    /// The playbooks run, by id: with them, the organisations a referral step looked for
    /// are listed at that step, where the end's "listed above" points.
    var playbooks: [String: Playbook] = [:]
    /// Where the run is, as the events tell it.
    private let place = Place()

    /// Prints `event`'s lines on standard output; for runs whose events go straight out.
    func print(_ event: DriverEvent) {
        for line in lines(for: event) { Swift.print(line) }
    }

    /// Playbook or facet Markdown laid out within the width, each line after `indent`.
    private func markdown(_ text: String, indent: String = "") -> String {
        TerminalMarkdown.render(text, width: Self.width, style: style, indent: indent)
    }

    /// The lines that show `event`; none for events a transcript leaves out.
    func lines(for event: DriverEvent) -> [String] {
        switch event {
        case .entered(let id, let title):
            place.playbook = id
            return [style.bold("\n== \(TerminalMarkdown.sanitise(title))")]
        case .arrived(let position, _, let say, _):
            place.playbook = position.playbook
            place.listed = nil
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
                let text = TerminalMarkdown.render(item.text, width: Self.width - 8, style: style).split(separator: "\n", omittingEmptySubsequences: false)
                return text.enumerated().map { index, line in
                    line.isEmpty ? "" : (index == 0 ? "    \(mark) " : "        ") + line
                }.joined(separator: "\n")
            }
        case .action(let step, let action, let messages):
            var lines = [style.dim("· \(action)")] + messages.map { markdown($0, indent: "  ") }
            place.listed = nil
            if let playbook = place.playbook, let found = playbooks[playbook]?.step(step),
                let services = TerminalSession.referralServices(of: found)
            {
                lines += [""] + ReferralList.lines(for: services, directory: directory, text: text, width: Self.width)
                place.listed = Set(services)
            }
            return lines
        case .emitted(let line):
            return [TextWrapper.wrap(line, width: Self.width, indent: "  ", firstIndent: "  ")]
        case .network(let request, let allowed):
            return [TextWrapper.wrap(text(allowed ? "network.contacting" : "network.not-contacting", request.address, request.purpose), width: Self.width, indent: "  ", firstIndent: "  ")]
        case .finished(let outcome, let say):
            var lines = [style.bold("\n" + text("transcript.outcome", text("transcript.outcome.\(outcome.outcome.rawValue)")))]
            if let say { lines.append(markdown(say)) }
            if !outcome.refer.isEmpty, place.listed != Set(outcome.refer) {
                lines.append("")
                lines += ReferralList.lines(for: outcome.refer, directory: directory, text: text, width: Self.width)
            }
            return lines
        case .marked, .noted, .wentBack:
            return []
        }
    }
}

/// The playbook a transcript is in and the services last listed, as its events tell them;
/// events may come from the thread an action runs on.
private final class Place: @unchecked Sendable {
    private let lock = NSLock()
    private var _playbook: String?
    private var _listed: Set<String>?

    var playbook: String? {
        get { lock.withLock { _playbook } }
        set { lock.withLock { _playbook = newValue } }
    }

    var listed: Set<String>? {
        get { lock.withLock { _listed } }
        set { lock.withLock { _listed = newValue } }
    }
}
