import Foundation
import PlaybookKit

/// Walks a person through a session at a console: renders each step, reads answers,
/// handles the commands available at every prompt, runs actions (asking consent before
/// any network contact) and saves the session after every change. Without a terminal it
/// reads one answer per line and stops at the first answer that does not fit.
public final class InteractiveRun {
    /// How a run stopped.
    public enum Result: Equatable {
        /// The session reached an end.
        case finished(SessionState)
        /// The person stopped (save, quit or end of input); the session is saved.
        case stopped(SessionState)
        /// Piped input did not fit, or something could not go on; the message says why.
        case failed(SessionState, String)
    }

    let engine: Engine
    let console: Console
    let context: ActionContext
    let save: (SessionState) throws -> Void
    let directory: ResponderDirectory
    let text: UIText
    let style: TerminalStyle
    let allowNetworkWithoutAsking: Bool

    /// Creates a run. `save` is called after every change (it should write atomically);
    /// `context` is used for actions, with consent and messages routed through `console`.
    public init(
        engine: Engine, console: Console, context: ActionContext, directory: ResponderDirectory,
        text: UIText = .english, style: TerminalStyle = TerminalStyle(enabled: false),
        allowNetworkWithoutAsking: Bool = false, save: @escaping (SessionState) throws -> Void
    ) {
        self.engine = engine
        self.console = console
        self.context = context
        self.directory = directory
        self.text = text
        self.style = style
        self.allowNetworkWithoutAsking = allowNetworkWithoutAsking
        self.save = save
    }

    /// Runs from `state` until the session ends or the person stops.
    public func run(_ start: SessionState) -> Result {
        var state = start
        do {
            try save(state)
        } catch {
            return .failed(state, "\(error)")
        }
        while true {
            let awaiting: Awaiting
            do {
                awaiting = try engine.awaiting(state)
            } catch {
                return .failed(state, error.message)
            }
            if case .finished(let outcome) = awaiting {
                showOutcome(outcome, state: state)
                return .finished(state)
            }
            showProgress(state)
            let step: Step
            switch awaiting {
            case .question(let s, _), .input(let s, _), .information(let s), .checklist(let s, _), .action(let s, _): step = s
            case .finished: continue
            }
            if let say = step.say { show(engine.render(say, in: state)) }
            switch next(for: awaiting, state: state) {
            case .input(let input):
                do {
                    state = try engine.apply(input, to: state, at: context.clock.now()).state
                } catch {
                    console.line(style.yellow(TextWrapper.wrap(text("invalid", TerminalMarkdown.sanitise(error.message)), width: console.width)))
                    if !console.isInteractive { return .failed(state, text("failed.step", step.id, error.message)) }
                    continue
                }
            case .command(let command):
                switch command {
                case .back:
                    do {
                        state = try engine.back(state, at: context.clock.now())
                    } catch {
                        console.line(text("back.start"))
                    }
                case .why:
                    showExplanation(state)
                    continue
                case .note:
                    console.line(text("note.prompt"))
                    guard let note = console.readLine() else { return stop(state, endOfInput: true) }
                    if !note.trimmingCharacters(in: .whitespaces).isEmpty {
                        state.notes.append(Note(position: state.position, text: note, at: context.clock.now()))
                        console.line(text("note.saved"))
                    }
                case .help:
                    console.line(TextWrapper.wrap(text("help"), width: console.width))
                    continue
                case .save, .quit:
                    return stop(state, endOfInput: false)
                }
            case .endOfInput:
                return stop(state, endOfInput: true)
            case .failure(let message):
                return .failed(state, message)
            }
            do {
                try save(state)
            } catch {
                return .failed(state, "\(error)")
            }
        }
    }

    // MARK: - Reading

    enum Command: Equatable {
        case back, why, note, help, save, quit
    }

    enum Next {
        case input(StepInput)
        case command(Command)
        case endOfInput
        case failure(String)
    }

    private func next(for awaiting: Awaiting, state: SessionState) -> Next {
        switch awaiting {
        case .question(_, let question):
            show(engine.render(question.ask, in: state))
            for (index, option) in question.options.enumerated() {
                console.line(TerminalMarkdown.render("\(index + 1)) " + option.label, width: console.width, style: style, indent: "  "))
            }
            return read(prompt: question.multiple ? text("choose-many") : text("choose-one"), yesNo: false) { line in
                let typed = question.multiple
                    ? line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    : [line.trimmingCharacters(in: .whitespaces)]
                return .choose(typed.map { Self.optionValue($0, in: question) })
            }
        case .input(_, let input):
            show(engine.render(input.ask, in: state))
            if input.type == .yesNo {
                console.line("  1) \(text("yes"))   2) \(text("no"))")
                return read(prompt: text("choose-one"), yesNo: true) { line in
                    switch line.trimmingCharacters(in: .whitespaces) {
                    case "1": return .text("yes")
                    case "2": return .text("no")
                    case let other: return .text(other)
                    }
                }
            }
            let multiline = input.type == .text && console.isInteractive
            return read(prompt: text("type-answer"), yesNo: false) { line in
                let pasted = multiline ? self.console.readPastedLines() : []
                return .text(([line] + pasted).joined(separator: "\n"))
            }
        case .information:
            guard console.isInteractive else { return .input(.acknowledge) }
            return read(prompt: text("continue"), yesNo: false, allowEmpty: true) { _ in .acknowledge }
        case .checklist(_, let checklist):
            return readChecklist(checklist, state: state)
        case .action(let step, let request):
            return runAction(step: step, request: request, state: state)
        case .finished:
            return .failure("the session has ended")
        }
    }

    /// Reads one line: a command, or an answer made by `makeInput`.
    private func read(prompt: String, yesNo: Bool, allowEmpty: Bool = false, _ makeInput: (String) -> StepInput) -> Next {
        if console.isInteractive {
            console.line(style.dim(TextWrapper.wrap(yesNo ? text("hint.yes-no") : text("hint"), width: console.width)))
        }
        console.write(prompt + " ")
        guard let line = console.readLine() else { return .endOfInput }
        if !console.isInteractive { console.line(line) }
        if let command = Self.command(line, yesNo: yesNo) { return .command(command) }
        if line.isEmpty, !allowEmpty, console.isInteractive { return .command(.help) }
        return .input(makeInput(line))
    }

    /// What a typed answer to a question means: a number is the option shown with that
    /// number (even when option values are themselves numbers); anything else is passed
    /// on as a value or label.
    static func optionValue(_ typed: String, in question: StepKind.Question) -> String {
        guard let number = Int(typed), question.options.indices.contains(number - 1) else { return typed }
        return question.options[number - 1].value
    }

    /// The command a line names, if any. On yes/no prompts `n` means "no" and `s` means
    /// "sí", so notes and saving take their long forms there.
    static func command(_ line: String, yesNo: Bool) -> Command? {
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "b", "back": return .back
        case "?", "why": return .why
        case "n" where !yesNo, "note": return .note
        case "h", "help": return .help
        case "s" where !yesNo, "save": return .save
        case "q", "quit": return .quit
        default: return nil
        }
    }

    private func readChecklist(_ checklist: StepKind.Checklist, state: SessionState) -> Next {
        guard console.isInteractive else {
            console.write(text("checklist.piped") + " ")
            guard let line = console.readLine() else { return .endOfInput }
            console.line(line)
            var statuses: [String: ChecklistStatus] = [:]
            for token in line.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !token.isEmpty {
                let item = Int(token).flatMap { checklist.items.indices.contains($0 - 1) ? checklist.items[$0 - 1] : nil }
                statuses[item?.id ?? token] = ChecklistStatus(.done)
            }
            return .input(.checklist(statuses))
        }
        var statuses: [String: ChecklistStatus] = [:]
        for (index, item) in checklist.items.enumerated() {
            console.line(TerminalMarkdown.render(text("checklist.item", "\(index + 1)", "\(checklist.items.count)", item.text), width: console.width, style: style))
            while true {
                console.line("  " + text("checklist.choices"))
                switch read(prompt: text("choose-one"), yesNo: false, { .text($0) }) {
                case .endOfInput: return .endOfInput
                case .command(.note):
                    console.line(text("note.prompt"))
                    guard let note = console.readLine() else { return .endOfInput }
                    statuses[item.id, default: ChecklistStatus(.notDone)].note = note
                    continue
                case .command(.why):
                    showExplanation(state)
                    continue
                case .command(.help):
                    console.line(TextWrapper.wrap(text("help"), width: console.width))
                    continue
                case .command(let command):
                    return .command(command)
                case .input(.text(let answer)):
                    let state: ChecklistStatus.State? = switch answer.trimmingCharacters(in: .whitespaces) {
                    case "1": .done
                    case "2": .notDone
                    case "3": .notApplicable
                    default: nil
                    }
                    guard let state else { continue }
                    statuses[item.id] = ChecklistStatus(state, note: statuses[item.id]?.note)
                case .input, .failure:
                    continue
                }
                break
            }
        }
        return .input(.checklist(statuses))
    }

    private func runAction(step: Step, request: ActionRequest, state: SessionState) -> Next {
        guard case .action(let call) = step.kind, let facet = engine.registry.action(call.action)?.facet else {
            return .failure("no facet offers the action of step '\(step.id)'")
        }
        var context = self.context
        for value in state.currentAnswers.values {
            if let path = value.string { context.files.allow(path) }
        }
        let console = self.console
        let interactive = console.isInteractive
        let allowAll = allowNetworkWithoutAsking
        let text = self.text
        context.askConsent = { request in
            guard interactive else { return allowAll }
            console.line(TextWrapper.wrap(TerminalMarkdown.sanitise(text("consent", request.host, request.purpose)), width: console.width))
            return console.readLine()?.trimmingCharacters(in: .whitespaces).lowercased() == "1"
        }
        context.emit = { console.line(TextWrapper.wrap($0)) }
        while true {
            do {
                let result = try facet.perform(request, context: context)
                for message in result.messages { show(message) }
                return .input(.actionCompleted(result))
            } catch {
                console.line(style.yellow(TextWrapper.wrap(text("action.failed", TerminalMarkdown.sanitise(text.message(for: error))), width: console.width)))
                guard interactive else { return .failure(text("failed.step", step.id, text.message(for: error))) }
                console.line(text("action.retry"))
                guard let line = console.readLine() else { return .endOfInput }
                if line.trimmingCharacters(in: .whitespaces) != "1" { return .command(.back) }
            }
        }
    }

    // MARK: - Showing

    private func show(_ markdown: String) {
        console.line(TerminalMarkdown.render(markdown, width: console.width, style: style))
    }

    private func showProgress(_ state: SessionState) {
        guard console.isInteractive else { return }
        let progress = engine.progress(of: state)
        let title = engine.playbooks[state.position.playbook]?.title ?? state.position.playbook
        console.line()
        console.line(style.dim(TextWrapper.truncate(text("progress", "\(progress.stepsDone + 1)", "\(progress.stepsLeftAtMost)", title), to: console.width)))
    }

    private func showExplanation(_ state: SessionState) {
        let reasons = engine.explain(state).reasons
        console.line(text("why.title"))
        if reasons.isEmpty { console.line("  " + text("why.start")) }
        for reason in reasons {
            console.line(TextWrapper.wrap("- " + TerminalMarkdown.sanitise(reason.text), width: console.width, indent: "    ", firstIndent: "  "))
        }
    }

    private func showOutcome(_ outcome: Outcome, state: SessionState) {
        let step = engine.playbooks[outcome.position.playbook]?.step(outcome.position.step)
        console.line()
        console.line(style.bold(text("outcome", text("outcome.\(outcome.outcome.rawValue)"))))
        if let say = step?.say { show(engine.render(say, in: state)) }
        guard !outcome.refer.isEmpty else { return }
        console.line()
        for line in ReferralList.lines(for: outcome.refer, directory: directory, text: text, width: console.width) {
            console.line(line)
        }
    }

    private func stop(_ state: SessionState, endOfInput: Bool) -> Result {
        do {
            try save(state)
        } catch {
            return .failed(state, "\(error)")
        }
        console.line()
        console.line(TextWrapper.wrap(endOfInput ? text("end-of-input", state.id) : text("saved", state.id), width: console.width))
        return .stopped(state)
    }
}
