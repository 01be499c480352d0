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

    @Test("SIGKILL at random moments leaves every session file complete and readable")
    func killedWhileSaving() throws {
        let library = try PlaybookBinary.folder(["again.yaml": Self.looping])
        var generator = SystemRandomNumberGenerator()
        var completeFiles = 0
        for _ in 0..<25 {
            let data = try PlaybookBinary.folder([:])
            let process = Process()
            process.executableURL = PlaybookBinary.url
            process.arguments = ["run", "again", "--library", library]
            process.environment = ["XDG_DATA_HOME": data, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            input.fileHandleForWriting.write(Data(String(repeating: "1\n", count: 3_000).utf8))
            usleep(UInt32.random(in: 20_000...250_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? input.fileHandleForWriting.close()
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
}
