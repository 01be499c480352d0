import Foundation
import PlaybookKit

/// The terminal front end of the `SessionDriver`: shows each step and what happens, reads
/// one line per reply, and handles the commands that mean the same on every step
/// (`TerminalCommand`). Without a terminal it reads one answer per line and stops at the
/// first that does not fit.
public final class TerminalSession: SessionInput, @unchecked Sendable {
    /// Why the person stopped, for the closing line.
    public enum Stop: Equatable, Sendable {
        case saved, endOfInput
    }

    let engine: Engine
    let console: Console
    let directoryText: DirectoryText
    let text: UIText
    let style: TerminalStyle
    /// How the last run stopped, when the person stopped it.
    public private(set) var stop: Stop?
    /// Whether entering a playbook is a move into a new part (during a run) rather than
    /// the session's start, so the progress count changing is explained.
    private var running = false

    /// A front end at `console`, in `text`'s words and the directory's `directoryText`.
    public init(
        engine: Engine, console: Console, text: UIText = .english, directoryText: DirectoryText = .english,
        style: TerminalStyle = TerminalStyle(enabled: false)
    ) {
        self.engine = engine
        self.console = console
        self.directoryText = directoryText
        self.text = text
        self.style = style
    }

    /// Runs `driver` until the session ends or the person stops, then says how to go on.
    public func run(_ driver: inout SessionDriver) -> RunEnd {
        var input = self
        running = true
        let end = driver.run(&input)
        running = false
        switch end {
        case .finished(let state):
            console.line()
            console.line(text.closing("finished", id: state.id, command: UIText.reportCommand(state.id), width: console.width))
        case .stopped(let state):
            console.line()
            let key = stop == .saved ? "saved" : "end-of-input"
            console.line(text.closing(key, id: state.id, command: UIText.resumeCommand(state.id), width: console.width))
        case .failed:
            break
        }
        return end
    }

    // MARK: - Showing what happens

    /// Shows one event; given to the driver as its `onEvent`.
    public func show(_ event: DriverEvent) {
        switch event {
        case .arrived(let position, _, let say, let progress):
            if console.isInteractive {
                let title = engine.playbooks[position.playbook]?.title ?? position.playbook
                console.line()
                console.line(style.dim(progressLine(progress, title: title)))
            }
            if let say { render(say) }
        case .action(_, _, let messages):
            for message in messages { render(message) }
        case .emitted(let line):
            console.line(TextWrapper.wrap(line, width: console.width))
        case .network(let request, let allowed):
            console.line(TextWrapper.wrap(text(allowed ? "network.contacting" : "network.not-contacting", request.address, request.purpose), width: console.width))
        case .noted:
            console.line(text("note.saved"))
        case .finished(let outcome, let say, let referrals):
            showOutcome(outcome, say: say, referrals: referrals)
        case .entered(_, let title):
            if running { console.line(TextWrapper.wrap("\n" + text("entered", title), width: console.width)) }
        case .answered, .marked, .checklist, .wentBack:
            break
        }
    }

    /// "Step 2 of “Title” · at most 5 more" within the width: a long title is cut, so
    /// that the counts always show.
    func progressLine(_ progress: PlaybookKit.Progress, title: String) -> String {
        let step = "\(progress.stepsDoneInPart + 1)", left = "\(progress.stepsLeftAtMost)"
        let title = TerminalMarkdown.sanitise(title).filter { $0 != "\n" }
        let full = text("progress", step, left, title)
        guard full.count > console.width else { return full }
        let room = title.count - (full.count - console.width) - 1
        guard room > 0 else { return TextWrapper.truncate(full, to: console.width) }
        return TextWrapper.truncate(text("progress", step, left, String(title.prefix(room)) + "…"), to: console.width)
    }

    private func showOutcome(_ outcome: Outcome, say: String?, referrals: ReferralSelection?) {
        console.line()
        console.line(style.bold(text("outcome", text("outcome.\(outcome.outcome.rawValue)"))))
        if let say { render(say) }
        guard let referrals else { return }
        console.line()
        for line in ReferralList.lines(for: referrals, text: text, words: directoryText, width: console.width) {
            console.line(line)
        }
    }

    private func render(_ markdown: String, indent: String = "") {
        console.line(TerminalMarkdown.render(markdown, width: console.width, style: style, indent: indent))
    }

    // MARK: - Reading replies

    public func reply(to prompt: Prompt) throws(RunFailure) -> Reply? {
        // Piped input holds answers only: text to read needs no line of its own, and a
        // failed action cannot be retried by anyone.
        if !console.isInteractive {
            switch prompt.kind {
            case .information: return .acknowledge
            case .actionFailed(let error):
                showPrompt(prompt)
                throw .action(step: prompt.position, message: text.message(for: error))
            default: break
            }
        }
        while true {
            showPrompt(prompt)
            if console.isInteractive {
                console.line(style.dim(TextWrapper.wrap(text("hint"), width: console.width)))
            }
            console.write(promptLine(prompt) + " ")
            guard let line = console.readLine() else {
                stop = .endOfInput
                return nil
            }
            if !console.isInteractive { console.line(TerminalMarkdown.sanitise(line)) }
            if let command = TerminalCommand(line) {
                switch command {
                case .back: return .back
                case .why: showExplanation(prompt.state)
                case .help: console.line(TextWrapper.wrap(text("help"), width: console.width))
                case .note:
                    console.line(text("note.prompt"))
                    guard let note = console.readLine() else {
                        stop = .endOfInput
                        return nil
                    }
                    if !console.isInteractive { console.line(TerminalMarkdown.sanitise(note)) }
                    if !note.trimmingCharacters(in: .whitespaces).isEmpty { return .note(note) }
                case .save:
                    stop = .saved
                    return nil
                }
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if case .information = prompt.kind { return .acknowledge }
                if canKeep(prompt) { return .keep }
                if console.isInteractive, !multipleWithNone(prompt) {
                    console.line(TextWrapper.wrap(text("help"), width: console.width))
                    continue
                }
            }
            if case .input(let input, _) = prompt.kind, input.type == .text, console.isInteractive {
                return .typed(([line] + console.readPastedLines()).joined(separator: "\n"))
            }
            return .typed(line)
        }
    }

    public func refused(_ message: String, at prompt: Prompt) -> RunFailure? {
        console.line(style.yellow(TextWrapper.wrap(text("invalid", message), width: console.width)))
        return console.isInteractive ? nil : .refused(step: prompt.position, message: message)
    }

    /// Whether Enter keeps an earlier answer here.
    private func canKeep(_ prompt: Prompt) -> Bool {
        if prompt.previous != nil { return true }
        if case .checklist(let checklist, let item, let statuses) = prompt.kind {
            return statuses[checklist.items[item].id] != nil
        }
        return false
    }

    /// Whether an empty line answers "none" to a question that takes several options.
    private func multipleWithNone(_ prompt: Prompt) -> Bool {
        if case .question(let question) = prompt.kind { return question.multiple }
        return false
    }

    private func showPrompt(_ prompt: Prompt) {
        switch prompt.kind {
        case .question(let question):
            if let ask = prompt.ask { render(ask) }
            for (index, option) in question.options.enumerated() {
                console.line(TerminalMarkdown.render("\(index + 1)) " + option.label, width: console.width, style: style, indent: "  "))
            }
        case .input(let input, _):
            if let ask = prompt.ask { render(ask) }
            if input.type == .yesNo { console.line("  1) \(text("yes"))   2) \(text("no"))") }
        case .checklist(let checklist, let item, let statuses):
            let entry = checklist.items[item]
            render(text("checklist.item", "\(item + 1)", "\(checklist.items.count)", entry.text))
            console.line("  " + text("checklist.choices"))
            if let status = statuses[entry.id] {
                console.line(TextWrapper.wrap(text("checklist.earlier", text("checklist.state.\(status.state.rawValue)")), width: console.width, indent: "  ", firstIndent: "  "))
            }
        case .consent(let request):
            console.line(TextWrapper.wrap(text("consent", request.address, request.purpose), width: console.width))
        case .actionFailed(let error):
            console.line(style.yellow(TextWrapper.wrap(text("action.failed", text.message(for: error)), width: console.width)))
            console.line(text("action.retry"))
        case .information, .finished, .broken:
            break
        }
        if let previous = prompt.previous {
            console.line(TextWrapper.wrap(text("previous", previous), width: console.width, indent: "  ", firstIndent: "  "))
        }
    }

    private func promptLine(_ prompt: Prompt) -> String {
        switch prompt.kind {
        case .question(let question): return question.multiple ? text("choose-many") : text("choose-one")
        case .input(let input, _): return input.type == .yesNo ? text("choose-one") : text("type-answer")
        case .information: return text("continue")
        case .checklist, .consent, .actionFailed: return text("choose-one")
        case .finished, .broken: return ""
        }
    }

    private func showExplanation(_ state: SessionState) {
        let reasons = engine.explain(state).reasons
        console.line(text("why.title"))
        if reasons.isEmpty { console.line("  " + text("why.start")) }
        for reason in reasons {
            let sentence = switch reason {
            case .answered(_, let question, let answer): text("why.answered", question, answer)
            case .checklist(_, let done, let total): text("why.checklist", "\(done)", "\(total)")
            case .entered(_, let title): text("why.entered", title)
            case .found(_, let message): text("why.found", message)
            }
            console.line(TextWrapper.wrap("- " + sentence, width: console.width, indent: "    ", firstIndent: "  "))
        }
    }
}
