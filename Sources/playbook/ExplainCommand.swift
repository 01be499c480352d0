import ArgumentParser
import PlaybookKit

/// `playbook explain`: every way from a playbook's start to one step, with the answer or
/// condition at each turn, so a reviewer sees who ends up there and why.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show every way from a playbook's start to a step, with the conditions on it.",
        discussion: "Ways never go round a loop twice. Exits 1 when no way leads to the step."
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The playbook's id.")
    var id: String

    @Argument(help: "The step's id.")
    var step: String

    @Option(help: "Most ways to show.")
    var limit: Int = PathsToStep.defaultLimit

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let loaded = try library.load()
        guard let playbook = loaded.playbook(id) else {
            throw CommandFailure("there is no playbook '\(id)'\(Suggestion.hint(for: id, in: loaded.playbooks.map(\.id))); run 'playbook list' to see them")
        }
        guard playbook.step(step) != nil else {
            throw CommandFailure("the playbook '\(id)' has no step '\(step)'\(Suggestion.hint(for: step, in: playbook.steps.map(\.id))); run 'playbook show \(id)' to see them")
        }
        let found = PathsToStep(to: step, in: playbook, limit: limit)
        guard !found.paths.isEmpty else {
            throw CommandFailure("no way leads from the start '\(playbook.start)' to '\(step)'")
        }
        if found.paths == [[]] {
            print(TextSanitiser.singleLine("'\(step)' is where the playbook '\(id)' starts."))
            return
        }
        let count = found.paths.count
        let more = found.complete ? "" : " (there are more; only the first \(count == 1 ? "is" : "\(count) are") shown)"
        print(TextSanitiser.singleLine("\(count) way\(count == 1 ? "" : "s") lead\(count == 1 ? "s" : "") from the start to '\(step)'\(more):"))
        for (number, path) in found.paths.enumerated() {
            print("")
            let prefix = "\(number + 1). "
            for (index, leg) in path.enumerated() {
                let indent = index == 0 ? prefix : String(repeating: " ", count: prefix.count)
                // Labels and values come from the playbook: one line each, nothing that drives the terminal.
                print(TextSanitiser.singleLine("\(indent)\(leg.step): \(leg.exit.condition.explanation)"))
            }
            print(String(repeating: " ", count: prefix.count) + "→ " + TextSanitiser.singleLine(step))
        }
    }
}
