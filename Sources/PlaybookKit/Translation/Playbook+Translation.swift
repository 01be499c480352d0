extension Playbook {
    /// This playbook with the strings `translation` has, English elsewhere. Option
    /// values stay as they were, so answers and conditions are the same in every
    /// language; a translated text whose placeholders do not parse keeps the English.
    public func translated(_ translation: Translation) -> Playbook {
        var copy = self
        copy.language = translation.language
        func text(_ key: String, _ fallback: String) -> String {
            translation.entries[key]?.text ?? fallback
        }
        func template(_ key: String, _ original: TextTemplate) -> TextTemplate {
            guard let entry = translation.entries[key], let parsed = try? Template.parse(entry.text) else { return original }
            return TextTemplate(source: entry.text, template: parsed, location: entry.location, referenceLocations: parsed.references.map { _ in entry.location })
        }
        copy.title = text("title", title)
        copy.summary = text("summary", summary)
        copy.steps = steps.map { step in
            var step = step
            let prefix = "steps.\(step.id)"
            step.say = step.say.map { template("\(prefix).say", $0) }
            switch step.kind {
            case .question(var question):
                question.ask = template("\(prefix).ask", question.ask)
                question.options = question.options.map { option in
                    var option = option
                    option.label = text("\(prefix).options.\(option.value)", option.label)
                    return option
                }
                step.kind = .question(question)
            case .input(var input):
                input.ask = template("\(prefix).ask", input.ask)
                step.kind = .input(input)
            case .checklist(var checklist):
                checklist.items = checklist.items.map { item in
                    var item = item
                    item.text = text("\(prefix).checklist.\(item.id)", item.text)
                    return item
                }
                step.kind = .checklist(checklist)
            case .information, .action, .routing, .end:
                break
            }
            return step
        }
        return copy
    }
}
