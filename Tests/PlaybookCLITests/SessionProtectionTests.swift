import Foundation
import Testing

@testable import PlaybookKit

@Suite("Sessions end to end: the data folder, locks, staying sealed, leftovers and report links")
struct SessionProtectionTests {
    func setUp() throws -> (data: String, sessions: String, environment: [String: String]) {
        let library = try PlaybookBinary.folder(["calm.yaml": TerminalSessionTests.playbook])
        let data = try PlaybookBinary.folder([:])
        return (data, data + "/playbook/sessions", ["XDG_DATA_HOME": data, "PLAYBOOK_PATH": library])
    }

    /// The id of the one session saved in `sessions`.
    func onlySession(_ sessions: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: sessions).filter { $0.hasSuffix(".json") }
        try #require(names.count == 1, "\(names)")
        return String(names[0].dropLast(5))
    }

    func permissions(_ path: String) throws -> Int? {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
    }

    @Test("the data folder $XDG_DATA_HOME/playbook is created owner-only, by a piped run and by run --answers")
    func dataFolder() throws {
        let (data, _, environment) = try setUp()
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\n", environment: environment)
        #expect(try permissions(data + "/playbook") == 0o700)
        let other = try PlaybookBinary.folder(["answers.yaml": "feeling: Tired\nname: Me\nplan: [drink]\n"])
        var scripted = environment
        scripted["XDG_DATA_HOME"] = other + "/data"
        let result = try PlaybookBinary.run(["run", "calm", "--answers", other + "/answers.yaml"], environment: scripted)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try permissions(other + "/data/playbook") == 0o700)
        #expect(try permissions(other + "/data") == 0o700, "a missing XDG_DATA_HOME is made owner-only too")
    }

    @Test("a second 'playbook resume' of a session open in another process is refused; the first still saves its answers")
    func secondResumeRefused() throws {
        let (_, sessions, environment) = try setUp()
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\n", environment: environment)
        let id = try onlySession(sessions)
        let first = Process()
        first.executableURL = PlaybookBinary.url
        first.arguments = ["resume", id]
        first.environment = environment.merging(["NO_COLOR": "1", "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]) { _, new in new }
        let input = Pipe()
        let errors = Pipe()
        first.standardInput = input
        first.standardOutput = FileHandle.nullDevice
        first.standardError = errors
        try first.run()
        defer { if first.isRunning { kill(first.processIdentifier, SIGKILL) } }
        // The first process holds the lock once the kernel lists a flock for it.
        let deadline = Date().addingTimeInterval(20)
        while !(try String(contentsOfFile: "/proc/locks", encoding: .utf8)).split(separator: "\n")
            .contains(where: { $0.contains("FLOCK") && $0.split(separator: " ").contains("\(first.processIdentifier)") })
        {
            try #require(Date() < deadline, "the first resume never took the lock")
            usleep(20_000)
        }
        let second = try PlaybookBinary.run(["resume", id], input: "Someone else\n", environment: environment)
        #expect(second.status != 0)
        #expect(second.stderr.contains("session \(id) is open in another playbook window or process; finish there, or close it, then try again"), "\(second.stderr)")
        let deleted = try PlaybookBinary.run(["sessions", "delete", id], environment: environment)
        #expect(deleted.status != 0)
        #expect(deleted.stderr.contains("is open in another playbook window or process"))
        input.fileHandleForWriting.write(Data("My sister\n1\n1\n".utf8))
        try input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0, "\(message)")
        let state = try SessionStore(folder: URL(fileURLWithPath: sessions)).load(id, passphrase: nil).state
        #expect(state.log.contains { $0.input == .text("My sister") })
        #expect(!state.log.contains { $0.input == .text("Someone else") })
        #expect(state.outcome != nil)
    }

    @Test("a sealed session whose file was replaced by plaintext is refused by resume, and left as it is")
    func replacedByPlaintext() throws {
        let (_, sessions, environment) = try setUp()
        var sealed = environment
        sealed["PLAYBOOK_PASSPHRASE"] = "a long test passphrase"
        _ = try PlaybookBinary.run(["run", "calm", "--encrypt"], input: "1\n", environment: sealed)
        let id = try onlySession(sessions)
        #expect(try permissions(sessions + "/\(id).sealed") == 0o600)
        // A plaintext session file, as someone with access to the folder could put in its place.
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\n", environment: environment)
        let plaintextName = try #require(try FileManager.default.contentsOfDirectory(atPath: sessions).first { $0.hasSuffix(".json") && $0 != "\(id).json" })
        let planted = try String(contentsOfFile: sessions + "/" + plaintextName, encoding: .utf8)
            .replacingOccurrences(of: String(plaintextName.dropLast(5)), with: id)
        try planted.write(toFile: sessions + "/\(id).json", atomically: false, encoding: .utf8)
        for env in [environment, sealed] {
            let resumed = try PlaybookBinary.run(["resume", id], input: "Someone\n1\n1\n", environment: env)
            #expect(resumed.status != 0)
            #expect(resumed.stderr.contains("was saved encrypted, but its file is now unencrypted: it may have been replaced. Nothing was changed"), "\(resumed.stderr)")
            #expect(try String(contentsOfFile: sessions + "/\(id).json", encoding: .utf8) == planted)
        }
    }

    @Test("resume --encrypt (or PLAYBOOK_ENCRYPT=1) seals a plaintext session: the plaintext file is replaced", arguments: [true, false])
    func resumeEncrypts(flag: Bool) throws {
        let (_, sessions, environment) = try setUp()
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\nAna Lucia Quispe-Mamani\n", environment: environment)
        let id = try onlySession(sessions)
        #expect(try String(contentsOfFile: sessions + "/\(id).json", encoding: .utf8).contains("Ana Lucia Quispe-Mamani"))
        var sealed = environment
        sealed["PLAYBOOK_PASSPHRASE"] = "a long test passphrase"
        if !flag { sealed["PLAYBOOK_ENCRYPT"] = "1" }
        let resumed = try PlaybookBinary.run(["resume", id] + (flag ? ["--encrypt"] : []), input: "", environment: sealed)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let bytes = try String(contentsOfFile: sessions + "/\(id).json", encoding: .utf8)
        #expect(!bytes.contains("Ana Lucia Quispe-Mamani"))
        #expect(SessionSealer.envelope(in: Data(bytes.utf8)) != nil)
        #expect(FileManager.default.fileExists(atPath: sessions + "/\(id).sealed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sessions).filter { $0.hasSuffix(".tmp") }.isEmpty)
        let withoutPassphrase = try PlaybookBinary.run(["resume", id], input: "1\n1\n", environment: environment)
        #expect(withoutPassphrase.status != 0)
        #expect(withoutPassphrase.stderr.contains("PLAYBOOK_PASSPHRASE"))
        let finished = try PlaybookBinary.run(["resume", id], input: "1\n1\n", environment: sealed.filter { $0.key != "PLAYBOOK_ENCRYPT" })
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout.contains("Where things stand: resolved"))
        #expect(SessionSealer.envelope(in: try Data(contentsOf: URL(fileURLWithPath: sessions + "/\(id).json"))) != nil)
    }

    @Test("leftover temporary files holding answers are removed at the next start, and by delete and wipe", arguments: ["sessions", "delete", "wipe"])
    func leftoversRemoved(command: String) throws {
        let (_, sessions, environment) = try setUp()
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\n", environment: environment)
        let id = try onlySession(sessions)
        let answers = try String(contentsOfFile: sessions + "/\(id).json", encoding: .utf8)
        let leftovers = (1...23).map { ".\(id).json.\(40_000 + $0).tmp" } + [".\(id).json.\(String(repeating: "5e", count: 16)).tmp"]
        for name in leftovers { try answers.write(toFile: sessions + "/" + name, atomically: false, encoding: .utf8) }
        let arguments = command == "sessions" ? ["sessions"] : command == "delete" ? ["sessions", "delete", id] : ["sessions", "wipe"]
        let result = try PlaybookBinary.run(arguments, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: sessions)
        #expect(left.filter { $0.hasSuffix(".tmp") }.isEmpty, "\(left)")
        if command != "sessions" { #expect(left.isEmpty, "\(left)") }
    }

    @Test("report --output refuses a symbolic link, naming it, and leaves what it points to unchanged")
    func reportRefusesSymlink() throws {
        let (data, sessions, environment) = try setUp()
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\nMy sister Ana\n1\n1\n", environment: environment)
        let id = try onlySession(sessions)
        let target = data + "/important.txt"
        try "the person's own notes".write(toFile: target, atomically: false, encoding: .utf8)
        let link = data + "/report.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = try PlaybookBinary.run(["report", id, "--output", link], environment: environment)
        #expect(result.status != 0)
        #expect(result.stderr.contains("'\(link)' is a symbolic link"), "\(result.stderr)")
        #expect(result.stderr.contains("choose another file name"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "the person's own notes")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    }
}
