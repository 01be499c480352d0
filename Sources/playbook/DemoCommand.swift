import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook demo`: trainer mode. Presents a fictitious case act by act, each act
/// driving a real playbook through the real engine and actions with scripted answers,
/// deterministically and without ever touching the defender's saved sessions.
struct DemoCommand: ParsableCommand {
    /// The case presented when none is named.
    static let defaultScenario = "under-attack"

    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Present a fictitious case, act by act (default: \"under-attack\").",
        discussion: """
            Each act is told by one kind of responder and runs a real playbook with answers \
            written in the scenario. Press Enter for the next act, b to go back an act, q to \
            quit. Runs are the same every time: the clock stands at 2026-03-02 08:00 UTC, the \
            network is always declined, actions read only the files shipped with the scenario, \
            and nothing is saved. See docs/scenarios.md.
            """
    )

    /// The handout's file format.
    enum HandoutFormat: String, ExpressibleByArgument, CaseIterable {
        case md, html
    }

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The scenario's id (a file under the library's scenarios/ folder).")
    var scenario: String = DemoCommand.defaultScenario

    @Flag(help: "Run every act without waiting, for rehearsal and tests.")
    var auto = false

    @Flag(help: "Show the facilitator notes; with --handout, add the facilitator's page (notes, questions for the room, how each act ends).")
    var notes = false

    @Flag(name: .customLong("public"), help: "Leave out the acts marked 'public: false' (for broadcast or remote audiences).")
    var publicOnly = false

    @Option(help: ArgumentHelp("Write a handout for participants to this file instead of presenting. It does not say how the acts end.", valueName: "file"))
    var handout: String?

    @Option(help: "The handout's format: md or html.")
    var format: HandoutFormat = .md

    @Option(help: ArgumentHelp("After the case, rotate participant groups between responder tables this many times.", valueName: "n"))
    var rotations: Int?

    @Option(help: ArgumentHelp("Minutes per rotation.", valueName: "m"))
    var minutes = 20

    func validate() throws {
        if let rotations, rotations < 1 { throw ValidationError("--rotations must be at least 1") }
        guard (1...240).contains(minutes) else { throw ValidationError("--minutes must be from 1 to 240") }
    }

    func run() throws {
        let loaded = try library.load()
        guard let scenario = loaded.scenario(self.scenario) else {
            let broken = loaded.diagnostics.contains { $0.severity == .error && LibraryFile(path: $0.location.file).kind == .scenario }
            throw CommandFailure(
                "there is no usable scenario '\(self.scenario)'\(Suggestion.hint(for: self.scenario, in: loaded.scenarios.map(\.id)))"
                    + (broken ? "; 'playbook lint' shows the problems in the scenario files" : "; scenarios are YAML files under the library's scenarios/ folder"))
        }
        let acts = scenario.acts(publicOnly: publicOnly)
        let rehearsal = ScenarioRehearsal(
            engine: Engine(playbooks: loaded.playbooks, registry: StandardFacets.registry),
            directory: loaded.directory, libraryRoots: loaded.roots)
        let runs = rehearsal.run(scenario, acts: acts)
        if let failed = runs.first(where: { $0.failure != nil }), let failure = failed.failure {
            throw CommandFailure("act '\(failed.act.id)' of '\(scenario.id)' stops before an end: \(failure.message); run 'playbook lint \(scenario.location.file)'")
        }
        if let handout {
            try writeHandout(
                ScenarioHandout(scenario: scenario, runs: runs, playbooks: loaded.playbooksByID, directory: loaded.directory, facets: StandardFacets.registry),
                to: handout)
            return
        }
        let style = TerminalStyle(descriptor: STDOUT_FILENO)
        let pages = DemoPages(scenario: scenario, runs: runs, directory: loaded.directory, style: style, showNotes: notes).pages
        let plan = rotations.map { RotationPlan(acts: acts, rotations: $0, minutes: minutes) }
        let console = StandardConsole()
        if auto {
            for page in pages { console.line(page + "\n") }
            if let plan {
                let countdown = RotationCountdown(plan: plan, clock: FixedClock(start: ScenarioRehearsal.startInstant), console: console, style: style)
                present(plan, with: countdown, console: console, waiting: false)
            }
            return
        }
        guard present(pages, console: console, style: style), let plan else { return }
        present(plan, with: RotationCountdown(plan: plan, clock: SystemClock(), console: console, style: style), console: console, waiting: true)
    }

    /// Shows one page at a time; true when the presenter went through to the end.
    private func present(_ pages: [String], console: Console, style: TerminalStyle) -> Bool {
        var index = 0
        while index < pages.count {
            console.line(page: pages[index])
            console.write(style.dim("[Enter] next · b back · q quit "))
            guard let key = console.readLine()?.trimmingCharacters(in: .whitespaces).lowercased(), key != "q" else {
                console.line()
                return false
            }
            index = key == "b" ? max(0, index - 1) : index + 1
        }
        console.line("End of the case.")
        return true
    }

    private func present(_ plan: RotationPlan, with countdown: RotationCountdown, console: Console, waiting: Bool) {
        for line in plan.lines { console.line(line) }
        for rotation in 0..<plan.rotations {
            if waiting {
                console.write("[Enter] start rotation \(rotation + 1) · q quit ")
                guard let key = console.readLine(), key.trimmingCharacters(in: .whitespaces).lowercased() != "q" else { return }
            }
            console.line()
            countdown.run(rotation: rotation)
        }
    }

    private func writeHandout(_ handout: ScenarioHandout, to path: String) throws {
        let text = format == .html ? handout.html(facilitator: notes) : handout.markdown(facilitator: notes)
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure(error.message)
        }
        let facilitator = notes ? "with the facilitator's page at the end; give participants only the pages before it" : "for participants; --notes adds the facilitator's page"
        print("Wrote the handout for '\(handout.scenario.title)' to \(path) (\(handout.runs.count) acts, \(facilitator)).")
    }
}

extension Console {
    /// Writes a page of the demo with a blank line before it.
    fileprivate func line(page: String) {
        write("\n" + page + "\n\n")
    }
}
