import PlaybookKit
import PlaybookTerminal

/// A playbook laid out for reading in a terminal: header, then each step with its kind,
/// its text and where it leads.
struct PlaybookOutline {
    let playbook: Playbook
    let registry: FacetRegistry

    func text(width: Int) -> String {
        var out: [String] = []
        out.append(TextWrapper.wrap("\(playbook.title) [\(playbook.id)]", width: width))
        out.append(TextWrapper.wrap("Facet: \(playbook.facet) · reviewed \(playbook.reviewed)" + (playbook.authors.map { " · by \($0)" } ?? ""), width: width))
        out.append(TextWrapper.wrap(playbook.summary, width: width))
        for (number, step) in playbook.steps.enumerated() {
            out.append("")
            let start = step.id == playbook.start ? ", start" : ""
            out.append("\(number + 1). \(step.id) (\(step.kind.name)\(start))")
            if let say = step.say { out.append(wrap(say.source)) }
            out += details(of: step)
            if let note = step.note { out.append(wrap("Responder note: " + note)) }
        }
        return out.joined(separator: "\n")
    }

    private func details(of step: Step) -> [String] {
        switch step.kind {
        case .question(let question):
            var lines = [wrap("Ask: " + question.ask.source)]
            for (index, option) in question.options.enumerated() {
                let arrow = option.next.map { "  → \($0.text)" } ?? ""
                lines.append(wrap("\(index + 1)) \(option.label)\(arrow)", indent: "       ", first: "    "))
            }
            if question.multiple, let next = question.next { lines.append(wrap("(pick any) → \(next.text)")) }
            return lines
        case .input(let input):
            return [wrap("Ask: " + input.ask.source), wrap("Answer: \(input.type.rawValue) → \(input.next.text)")]
        case .information(let next):
            return [wrap("→ \(next.text)")]
        case .checklist(let checklist):
            return checklist.items.map { item in
                let tags = [item.optional ? "optional" : nil, item.level?.rawValue].compactMap { $0 }
                let suffix = tags.isEmpty ? "" : " (\(tags.joined(separator: ", ")))"
                return wrap("[ ] \(item.text)\(suffix)", indent: "        ", first: "    ")
            } + [wrap("→ \(checklist.next.text)")]
        case .action(let call):
            let summary = registry.action(call.action)?.action.summary ?? ""
            var lines = [wrap("Action: \(call.action)" + (summary.isEmpty ? "" : ". \(summary)"))]
            lines += call.arguments.map { wrap("\($0.name): \(describe($0.content))", indent: "        ", first: "      ") }
            return lines + [wrap("→ \(call.next.text)")]
        case .routing(let routing):
            return routing.routes.map { wrap("if \($0.source) → \($0.next.text)", indent: "        ", first: "    ") }
                + [wrap("otherwise → \(routing.otherwise.text)")]
        case .end(let end):
            let refer = end.refer.isEmpty ? "" : "; refer to: \(end.refer.joined(separator: ", "))"
            return [wrap("End: \(end.outcome.rawValue)\(refer)")]
        }
    }

    private func describe(_ content: ActionArgument.Content) -> String {
        switch content {
        case .literal(let value): return value.displayText
        case .template(let text): return text.source
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        }
    }

    private func wrap(_ text: String, indent: String = "    ", first: String? = nil) -> String {
        TextWrapper.wrap(text, width: 80, indent: indent, firstIndent: first)
    }
}
