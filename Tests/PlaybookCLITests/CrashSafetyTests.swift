import AttributionFacet
import Foundation
import Testing

@testable import PlaybookKit

@Suite("Crash safety: a session killed at any moment is never half written")
struct CrashSafetyTests {
    static let looping = """
        id: again
        title: Again
        facet: care
        summary: Asks the same question many times, saving after each answer.
        reviewed: 2026-11-01
        steps:
          again:
            ask: Once more?
            options:
              - label: Yes
                next: again
              - label: No
                next: done
          done:
            end: resolved
        """

    /// Runs the built tool on `input` with its data in `data`, and kills it with SIGKILL
    /// after a random number of microseconds in `window`, mid-save or not. With
    /// `afterFirstSave`, the window starts once the first session file exists (up to 30 s),
    /// so that a busy machine's slow start (an encrypted run derives its key first) does
    /// not use up the window before anything was saved.
    static func killAtRandomMoment(
        _ arguments: [String], data: String, input text: String, within window: ClosedRange<UInt32>,
        using generator: inout SystemRandomNumberGenerator, environment: [String: String] = [:], afterFirstSave: Bool = false
    ) throws {
        let process = Process()
        process.executableURL = PlaybookBinary.url
        process.arguments = arguments
        process.environment = ["XDG_DATA_HOME": data, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"].merging(environment) { _, new in new }
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        let sessions = data + "/playbook/sessions"
        for _ in 0..<600 where afterFirstSave {
            if ((try? FileManager.default.contentsOfDirectory(atPath: sessions)) ?? []).contains(where: { $0.hasSuffix(".json") }) { break }
            usleep(50_000)
        }
        usleep(UInt32.random(in: window, using: &generator))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
    }

    @Test("SIGKILL at random moments leaves every session file complete and readable")
    func killedWhileSaving() throws {
        let library = try PlaybookBinary.folder(["again.yaml": Self.looping])
        var generator = SystemRandomNumberGenerator()
        var completeFiles = 0
        for _ in 0..<25 {
            let data = try PlaybookBinary.folder([:])
            try Self.killAtRandomMoment(
                ["run", "again", "--library", library], data: data,
                input: String(repeating: "1\n", count: 3_000), within: 20_000...250_000, using: &generator)
            let store = SessionStore(folder: URL(fileURLWithPath: data).appendingPathComponent("playbook/sessions"))
            let (sessions, problems) = store.list()
            #expect(problems.isEmpty, "a damaged session after SIGKILL: \(problems)")
            for session in sessions {
                let state = try #require(session.state)
                #expect(state.entry == "again")
                completeFiles += 1
            }
        }
        #expect(completeFiles > 0, "the runs were killed after saving at least once")
    }

    static let hashing = """
        id: keep
        title: Keep evidence
        facet: attribution
        summary: Hashes the same file again and again into the evidence log, with a checklist each time.
        reviewed: 2026-11-01
        steps:
          file:
            ask: Which file?
            input: text
            next: hash
          hash:
            action: attribution.hash-evidence
            with:
              path: "{{ file }}"
            next: tasks
          tasks:
            checklist:
              - id: copy
                text: Keep a copy at Casa Lumen.
              - id: tell
                text: Tell the lawyer.
              - id: note
                text: Write down the time.
            next: again
          again:
            ask: Once more?
            options:
              - label: Yes
                next: hash
              - label: No
                next: done
          done:
            end: resolved
        """

    @Test("SIGKILL of an encrypted session while its evidence log and checklists grow: 0 plaintext, 0 corrupt, 0 lost")
    func killedWhileLogging() throws {
        let library = try PlaybookBinary.folder(["keep.yaml": Self.hashing])
        let evidence = try PlaybookBinary.folder(["screenshot-of-threat.txt": "a threatening message, 2026-11-20 09:14"]) + "/screenshot-of-threat.txt"
        var generator = SystemRandomNumberGenerator()
        var entriesSeen = 0
        var itemsSeen = 0
        for _ in 0..<10 {
            let data = try PlaybookBinary.folder([:])
            try Self.killAtRandomMoment(
                ["run", "keep", "--library", library], data: data,
                input: evidence + "\n" + String(repeating: "1\n", count: 2_000), within: 100_000...1_500_000, using: &generator,
                environment: ["PLAYBOOK_ENCRYPT": "1", "PLAYBOOK_PASSPHRASE": "correct horse"], afterFirstSave: true)
            // Nothing typed, no place and no evidence file name is readable anywhere on disk.
            for file in Self.files(under: data) {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
                for secret in ["screenshot-of-threat", "Casa Lumen", "threatening", "sha256"] {
                    #expect(bytes.range(of: Data(secret.utf8)) == nil, "'\(secret)' is readable in \(file)")
                }
            }
            let store = SessionStore(folder: URL(fileURLWithPath: data).appendingPathComponent("playbook/sessions"))
            let (sessions, problems) = store.list()
            #expect(problems.isEmpty, "a damaged session after SIGKILL: \(problems)")
            for session in sessions {
                #expect(session.encrypted)
                let state = try store.load(session.id, passphrase: "correct horse").state
                let log = try EvidenceLog.load(from: SessionFiles(state.files))
                #expect(log.verify().isOK, "the evidence chain breaks after SIGKILL: \(log.verify().message)")
                let hashed = state.actions.filter { $0.action == "attribution.hash-evidence" }.count
                #expect(log.entries.count == hashed, "every entry the session recorded is in the log, and no other")
                entriesSeen += log.entries.count
                itemsSeen += state.checklists.values.reduce(0) { $0 + $1.count }
            }
        }
        #expect(entriesSeen > 0, "the runs were killed after logging at least once")
        #expect(itemsSeen > 0, "the runs were killed after ticking checklist items")
    }

    /// Every regular file under `folder`, however deep.
    static func files(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }.map { folder + "/" + $0 }.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
    }

    @Test("a full disk gives a clear error and the saved session stays as it was")
    func fullDisk() throws {
        let library = try PlaybookBinary.folder(["calm.yaml": TerminalSessionTests.playbook])
        let data = try PlaybookBinary.folder([:])
        let environment = ["XDG_DATA_HOME": data, "PLAYBOOK_PATH": library]
        // A long answer, so that the session is larger than the smallest size limit.
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\n" + String(repeating: "My sister Ana ", count: 300) + "\n", environment: environment)
        let folder = data + "/playbook/sessions"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".json") })
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        let kilobytes = max(1, before.count / 1024 - 1)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(kilobytes); exec \"$0\" resume", PlaybookBinary.url.path]
        process.environment = environment.merging(["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]) { _, new in new }
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("1\n".utf8))
        try input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("File too large"), "\(message)")
        #expect(message.contains("nothing was lost"), "\(message)")
        #expect(message.contains("free some space"), "\(message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }
}
