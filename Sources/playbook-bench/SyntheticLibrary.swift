/// A synthetic playbook library shaped like the real one (metadata, then steps that ask,
/// say, list checks, route and end) but as large as a benchmark needs. The content is
/// filler built from fixed phrase lists by a seeded generator, so every run measures the
/// same bytes; it is not advice and never leaves the process.
func syntheticLibrary(targetBytes: Int) -> [(name: String, bytes: [UInt8])] {
    var random = SplitMix64(seed: 0x5EED_F00D)
    var files: [(name: String, bytes: [UInt8])] = []
    var total = 0
    while total < targetBytes {
        let number = files.count + 1
        let text = syntheticPlaybook(number: number, random: &random)
        let bytes = Array(text.utf8)
        total += bytes.count
        files.append((name: "synthetic/playbook-\(number).yaml", bytes: bytes))
    }
    return files
}

private let facets = ["triage", "infrastructure", "legal", "care", "attribution"]
private let subjects = [
    "the website", "the shared mailbox", "a staff laptop", "the social media account", "the office router",
    "the donor database", "a volunteer's phone", "the press contact list", "the backup drive", "the domain",
]
private let verbs = [
    "stopped responding", "shows unknown logins", "sends messages nobody wrote", "asks for a new password",
    "was reported by a partner", "is slower than usual", "changed its settings", "lost recent files",
]
private let actions = [
    "Write down what you saw and when, before changing anything.",
    "Ask the person who noticed it to keep the device switched on and offline.",
    "Change the password from a device you trust, then sign out every session.",
    "Collect the message headers and keep a copy outside the affected account.",
    "Tell your team which channel to use until the incident is closed.",
    "Check the recovery email and phone number on the account.",
    "Take screenshots that show the date, the sender and the full address.",
    "Pause and breathe; this can wait five minutes while you get support.",
]
private let answers = ["Yes", "No", "I am not sure", "Someone else handles it", "It happened before"]
private let outcomes = ["resolved", "escalated", "referred", "monitoring"]

/// One synthetic playbook of `steps` steps (by default 30 to 79, as real ones are).
func syntheticPlaybook(number: Int, random: inout SplitMix64, steps: Int? = nil) -> String {
    let facet = facets[random.below(facets.count)]
    let subject = subjects[random.below(subjects.count)]
    let stepCount = steps ?? 30 + random.below(50)
    var yaml = """
        id: \(facet)-case-\(number)
        title: "When \(subject) \(verbs[random.below(verbs.count)])"
        facet: \(facet)
        summary: >
          Guides a defender through the first hour after \(subject) \(verbs[random.below(verbs.count)]).
          \(actions[random.below(actions.count)])
        reviewed: 2025-\(twoDigits(1 + random.below(12)))-\(twoDigits(1 + random.below(28)))
        steps:

        """
    for index in 1...stepCount {
        let id = index == 1 ? "start" : "step-\(index)"
        let later = { (offset: Int) in "step-\(min(index + offset, stepCount))" }
        yaml += "  \(id):\n"
        if index == stepCount {
            yaml += "    end: \(outcomes[random.below(outcomes.count)])\n"
            continue
        }
        switch index == 1 ? 0 : random.below(4) {
        case 0:
            yaml += "    ask: \"Since step \(index), has anything changed with \(subject)?\"\n"
            yaml += "    options:\n"
            for option in 0..<(2 + random.below(3)) {
                yaml += "      - label: \"\(answers[option % answers.count])\"\n"
                yaml += "        next: \(later(1 + option))\n"
            }
        case 1:
            yaml += "    say: \"\(actions[random.below(actions.count)])\"\n"
            yaml += "    next: \(later(1))\n"
        case 2:
            yaml += "    checklist:\n"
            for check in 1...(2 + random.below(4)) {
                yaml += "      - id: check-\(check)\n"
                yaml += "        text: \"\(actions[random.below(actions.count)])\"\n"
            }
            yaml += "    next: \(later(1))\n"
        default:
            yaml += "    route:\n"
            yaml += "      - when: \"start == '\(answers[random.below(answers.count)])'\"\n"
            yaml += "        next: \(later(2))\n"
            yaml += "      - otherwise: \(later(1))\n"
        }
    }
    return yaml
}

/// Two digits with a leading zero, as in dates.
private func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
}
