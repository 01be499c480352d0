import Foundation
import Testing

/// Drives the built binary in a real terminal (tmux), as a person would.
///
/// Each instance runs its own tmux server in the foreground (`-D`, on a private socket,
/// without a configuration file), started with `CleanSpawn` and stopped in `kill()`, so
/// no server outlives its test and none of the person's own sessions is touched. Clients
/// use `-N`, so none of them ever starts a server of its own.
final class Tmux {
    let name = "playbook-test-\(UUID().uuidString.prefix(8))"
    private static let executable = "/usr/bin/tmux"
    private let socket: String
    private let server: pid_t

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: executable)
    }

    /// Starts the server and waits (up to 10 s) for its socket.
    init() throws {
        socket = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        server = try CleanSpawn.start(Self.executable, ["-S", socket, "-f", "/dev/null", "-D"])
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: socket) {
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Runs a tmux client command against this instance's server and returns its output.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try CleanSpawn.output(Self.executable, ["-S", socket, "-N"] + arguments)
    }

    /// Starts `command` in a detached 80×30 terminal that stays open after it exits.
    func start(_ command: String) throws {
        try tmux(["new-session", "-d", "-s", name, "-x", "80", "-y", "30", command])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    /// Types `keys` and presses Enter.
    func type(_ keys: String) throws {
        if !keys.isEmpty { try tmux(["send-keys", "-t", name, "-l", keys]) }
        try tmux(["send-keys", "-t", name, "Enter"])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name, "-S", "-200"])
    }

    /// Waits (up to 20 s, polling) until the screen shows `text`; returns the screen.
    @discardableResult
    func waitFor(_ text: String) throws -> String {
        for _ in 0..<400 {
            let current = try screen()
            if current.contains(text) { return current }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try screen()
    }

    /// Stops the server and everything running in it; kills it if it has not gone after 5 s.
    func kill() {
        _ = try? tmux(["kill-server"])
        if !CleanSpawn.exits(server, within: 5) {
            Glibc.kill(server, SIGKILL)
            CleanSpawn.wait(server)
        }
        try? FileManager.default.removeItem(atPath: socket)
    }
}

@Suite("A real terminal, through tmux", .enabled(if: Tmux.isAvailable))
struct TerminalSessionTests {
    static let playbook = """
        id: calm
        title: A calm check
        facet: care
        summary: A short test playbook.
        reviewed: 2026-11-01
        steps:
          feeling:
            say: "We will go **one step** at a time."
            ask: How are you right now?
            options:
              - label: Tired
                next: name
              - label: Fine
                next: name
          name:
            ask: Who could you call today?
            input: text
            next: plan
          plan:
            checklist:
              - id: drink
                text: Drink a glass of water.
              - id: call
                text: Call that person.
            next: done
          done:
            end: resolved
            say: Well done.
        """

    @Test("run, save and quit, resume, and reach the end")
    func runSaveResume() throws {
        let library = try PlaybookBinary.folder(["calm.yaml": Self.playbook])
        let data = try PlaybookBinary.folder([:])
        let environment = "env NO_COLOR=1 TERM=xterm XDG_DATA_HOME=\(data) PLAYBOOK_PATH=\(library)"
        let first = try Tmux()
        defer { first.kill() }
        try first.start("\(environment) \(PlaybookBinary.url.path) run calm")
        #expect(try first.waitFor("How are you right now?").contains("1) Tired"))
        try first.type("1")
        try first.waitFor("Who could you call today?")
        try first.type("s")
        let saved = try first.waitFor("  playbook resume ")
        #expect(saved.contains("Step 2"))
        #expect(!saved.contains("\u{1B}"))

        let second = try Tmux()
        defer { second.kill() }
        try second.start("\(environment) \(PlaybookBinary.url.path) resume")
        try second.waitFor("Who could you call today?")
        try second.type("My sister")
        try second.waitFor("[1/2] Drink a glass of water.")
        try second.type("1")
        try second.waitFor("[2/2] Call that person.")
        try second.type("2")
        let end = try second.waitFor("Well done.")
        #expect(end.contains("Where things stand: resolved"))
        #expect(end.split(separator: "\n").allSatisfy { $0.count <= 80 })

        let sessions = try PlaybookBinary.run(["sessions"], environment: ["XDG_DATA_HOME": data, "PLAYBOOK_PATH": library])
        #expect(sessions.stdout.contains("A calm check"))
        #expect(sessions.stdout.contains("ended: resolved"))
    }

    /// Presses keys tmux names (`C-c`, `C-d`) without Enter.
    static func press(_ key: String, in terminal: Tmux) throws {
        try terminal.tmux(["send-keys", "-t", terminal.name, key])
    }

    @Test("Ctrl-C in the middle of a checklist saves the ticks and a note, says how to resume, and resume goes on at the next open item")
    func interruptInChecklist() throws {
        let library = try PlaybookBinary.folder(["calm.yaml": Self.playbook])
        let data = try PlaybookBinary.folder([:])
        let environment = "env NO_COLOR=1 TERM=xterm XDG_DATA_HOME=\(data) PLAYBOOK_PATH=\(library)"
        let first = try Tmux()
        defer { first.kill() }
        try first.start("\(environment) \(PlaybookBinary.url.path) run calm")
        try first.waitFor("How are you right now?")
        try first.type("1")
        try first.waitFor("Who could you call today?")
        try first.type("My sister")
        try first.waitFor("[1/2] Drink a glass of water.")
        try first.type("n")
        try first.waitFor("Your note")
        try first.type("a big glass")
        try first.waitFor("Note saved.")
        try first.type("1")
        try first.waitFor("[2/2] Call that person.")
        try Self.press("C-c", in: first)
        let stopped = try first.waitFor("  playbook resume ")
        #expect(stopped.contains("To continue later, run:"))

        let second = try Tmux()
        defer { second.kill() }
        try second.start("\(environment) \(PlaybookBinary.url.path) resume")
        let resumed = try second.waitFor("[2/2] Call that person.")
        #expect(!resumed.contains("[1/2]"), "resume goes on at the next open item")
        try second.type("1")
        try second.waitFor("Where things stand: resolved")
        let report = try PlaybookBinary.run(["report", try #require(Self.sessionID(in: data))], environment: ["XDG_DATA_HOME": data, "PLAYBOOK_PATH": library])
        #expect(report.stdout.contains("a big glass"), "the note on the item is in the report")
    }

    @Test("on a yes/no question s saves and stops at a real terminal, instead of answering 'sí'")
    func saveOnYesNo() throws {
        let library = try PlaybookBinary.folder(["ask.yaml": """
            id: ask
            title: A yes or no
            facet: care
            summary: One yes/no question.
            reviewed: 2026-11-01
            steps:
              safe:
                ask: Are you safe where you are?
                input: yes-no
                next: done
              done:
                end: resolved
            """])
        let data = try PlaybookBinary.folder([:])
        let terminal = try Tmux()
        defer { terminal.kill() }
        try terminal.start("env NO_COLOR=1 TERM=xterm XDG_DATA_HOME=\(data) PLAYBOOK_PATH=\(library) \(PlaybookBinary.url.path) run ask")
        #expect(try terminal.waitFor("Are you safe where you are?").contains("1) Yes   2) No"))
        try terminal.type("s")
        #expect(try terminal.waitFor("To continue later, run:").contains("To continue later, run:"))
    }

    /// The id of the one session saved under `data`.
    static func sessionID(in data: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data + "/playbook/sessions")) ?? []
        return names.first { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
    }
}
