import Foundation
import Testing

@Suite("Sessions end to end: piped runs, encryption, listing and removal")
struct SessionCommandTests {
    func setUp() throws -> (library: String, data: String, environment: [String: String]) {
        let library = try PlaybookBinary.folder(["calm.yaml": TerminalSessionTests.playbook])
        let data = try PlaybookBinary.folder([:])
        return (library, data, ["XDG_DATA_HOME": data, "PLAYBOOK_PATH": library])
    }

    func sessionFiles(_ data: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: data + "/playbook/sessions").filter { $0.hasSuffix(".json") }
    }

    @Test("piped answers run to the end; the session is saved owner-only")
    func pipedRun() throws {
        let (_, data, environment) = try setUp()
        let result = try PlaybookBinary.run(["run", "calm"], input: "2\nMy sister\n1\n1\n", environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Where things stand: resolved"))
        let files = try sessionFiles(data)
        #expect(files.count == 1)
        let attributes = try FileManager.default.attributesOfItem(atPath: data + "/playbook/sessions/" + files[0])
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: data + "/playbook/sessions")
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    }

    @Test("a piped answer that does not fit names the step and exits 1, keeping the session")
    func pipedError() throws {
        let (_, data, environment) = try setUp()
        let result = try PlaybookBinary.run(["run", "calm"], input: "5\n", environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("step 'feeling'"))
        #expect(result.stderr.contains("'5' is not one of the options; choose 1 (Tired), 2 (Fine)"))
        #expect(try sessionFiles(data).count == 1)
    }

    @Test("--encrypt seals the session: no answer on disk, resume needs the passphrase")
    func encrypted() throws {
        let (_, data, environment) = try setUp()
        var sealed = environment
        sealed["PLAYBOOK_PASSPHRASE"] = "a long test passphrase"
        let first = try PlaybookBinary.run(["run", "calm", "--encrypt"], input: "1\nMy sister Ana Lucia Quispe-Mamani\n", environment: sealed)
        #expect(first.stdout.contains("End of input: your session is saved as"))
        let file = data + "/playbook/sessions/" + (try sessionFiles(data)[0])
        let bytes = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!bytes.contains("Ana Lucia Quispe-Mamani"))
        let envelope = try #require(try JSONSerialization.jsonObject(with: Data(bytes.utf8)) as? [String: Any])
        #expect(Set(envelope.keys) == ["format", "encryption", "kdf", "salt", "sealed"], "only the sealed envelope is stored")
        var wrong = environment
        wrong["PLAYBOOK_PASSPHRASE"] = "wrong"
        let refused = try PlaybookBinary.run(["resume"], environment: wrong)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("the passphrase is wrong"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == bytes, "a wrong passphrase leaves the file untouched")
        let resumed = try PlaybookBinary.run(["resume"], input: "1\n2\n", environment: sealed)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Where things stand: resolved"))
    }

    @Test("a corrupt session file is reported and kept aside")
    func corrupt() throws {
        let (_, data, environment) = try setUp()
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\n", environment: environment)
        let name = try sessionFiles(data)[0]
        let path = data + "/playbook/sessions/" + name
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        let listed = try PlaybookBinary.run(["sessions"], environment: environment)
        #expect(listed.stderr.contains("is damaged and cannot be read; it was kept aside as"))
        #expect(FileManager.default.fileExists(atPath: path + ".corrupt"))
    }

    @Test("sessions delete and wipe remove what was saved")
    func removal() throws {
        let (_, data, environment) = try setUp()
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\n", environment: environment)
        _ = try PlaybookBinary.run(["run", "calm"], input: "2\n", environment: environment)
        let ids = try sessionFiles(data).map { String($0.dropLast(5)) }
        #expect(ids.count == 2)
        let deleted = try PlaybookBinary.run(["sessions", "delete", ids[0]], environment: environment)
        #expect(deleted.status == 0)
        #expect(try sessionFiles(data) == ["\(ids[1]).json"])
        let wiped = try PlaybookBinary.run(["sessions", "wipe"], environment: environment)
        #expect(wiped.stdout.contains("Deleted 1 session."))
        #expect(try sessionFiles(data).isEmpty)
    }

    @Test("report writes Markdown, HTML and JSON; --redact leaves out typed answers")
    func report() throws {
        let (_, data, environment) = try setUp()
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\nMy sister Ana\n1\n1\n", environment: environment)
        let id = String(try sessionFiles(data)[0].dropLast(5))
        let markdown = try PlaybookBinary.run(["report", id], environment: environment)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("A calm check"))
        #expect(markdown.stdout.contains("My sister Ana"))
        #expect(markdown.stdout.contains("Tired"))
        let redacted = try PlaybookBinary.run(["report", id, "--redact", "--format", "json"], environment: environment)
        #expect(!redacted.stdout.contains("My sister Ana"))
        #expect(redacted.stdout.contains("Tired"))
        let file = data + "/report.html"
        let html = try PlaybookBinary.run(["report", id, "--format", "html", "--output", file], environment: environment)
        #expect(html.status == 0)
        let page = try String(contentsOfFile: file, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") || page.hasPrefix("<!doctype html>"))
        #expect(!page.contains("<script"))
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("resume picks the most recent unfinished session; an encrypted one without a terminal needs PLAYBOOK_PASSPHRASE")
    func resumeChoice() throws {
        let (_, data, environment) = try setUp()
        _ = try PlaybookBinary.run(["run", "calm"], input: "1\n", environment: environment)
        _ = try PlaybookBinary.run(["run", "calm"], input: "2\nMe\n1\n1\n", environment: environment)
        let resumed = try PlaybookBinary.run(["resume"], input: "Someone\n1\n1\n", environment: environment)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Who could you call today?"), "the unfinished session, not the newer finished one")
        var sealed = environment
        sealed["PLAYBOOK_PASSPHRASE"] = "long enough passphrase"
        _ = try PlaybookBinary.run(["run", "calm", "--encrypt"], input: "1\n", environment: sealed)
        let ids = try sessionFiles(data).map { String($0.dropLast(5)) }
        let locked = try PlaybookBinary.run(["report"] + [ids.first { id in
            (try? String(contentsOfFile: data + "/playbook/sessions/\(id).json", encoding: .utf8))?.contains("sealed") == true
        } ?? ""], input: "long enough passphrase\n", environment: environment)
        #expect(locked.status == 1)
        #expect(locked.stderr.contains("PLAYBOOK_PASSPHRASE"))
    }

    /// The session id a run printed.
    func printedID(_ output: String) throws -> String {
        String(try #require(output.firstMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)).output)
    }

    @Test("every way a run ends prints the session id and the exact command on a line of its own: piped, --answers, resume, stopped, failed")
    func closingLines() throws {
        let (_, _, environment) = try setUp()
        let piped = try PlaybookBinary.run(["run", "calm"], input: "2\nMy sister\n1\n1\n", environment: environment)
        let id = try printedID(piped.stdout)
        #expect(piped.stdout.contains("Your session is saved as \(id). For a report"))
        #expect(piped.stdout.hasSuffix("run:\n  playbook report \(id)\n"))
        let answers = try PlaybookBinary.folder(["a.yaml": "feeling: Fine\nname: My sister\nplan: [drink, call]\n"]) + "/a.yaml"
        let scripted = try PlaybookBinary.run(["run", "calm", "--answers", answers], environment: environment)
        #expect(scripted.status == 0, "\(scripted.stderr)")
        let scriptedID = try printedID(scripted.stdout)
        #expect(scripted.stdout.hasSuffix("\n  playbook report \(scriptedID)\n"))
        let stopped = try PlaybookBinary.run(["run", "calm"], input: "1\n", environment: environment)
        let stoppedID = try printedID(stopped.stdout)
        #expect(stopped.stdout.hasSuffix("run:\n  playbook resume \(stoppedID)\n"))
        let resumed = try PlaybookBinary.run(["resume", String(stoppedID.prefix(8))], input: "Me\n1\n1\n", environment: environment)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.hasSuffix("\n  playbook report \(stoppedID)\n"), "resume by the id's first characters, and the same closing")
        let again = try PlaybookBinary.run(["resume", stoppedID], environment: environment)
        #expect(again.stdout.contains("This session has already ended. For its report, run:\n  playbook report \(stoppedID)\n"))
        let failed = try PlaybookBinary.run(["run", "calm"], input: "9\n", environment: environment)
        let failedID = try printedID(failed.stderr)
        #expect(failed.stderr.contains("run:\n  playbook resume \(failedID)"))
    }

    @Test("every command that takes a session id takes its first characters; an ambiguous start lists the matches")
    func idPrefixes() throws {
        let (_, data, environment) = try setUp()
        _ = try PlaybookBinary.run(["run", "calm"], input: "2\nMy sister\n1\n1\n", environment: environment)
        let id = String(try sessionFiles(data)[0].dropLast(5))
        let short = String(id.prefix(6))
        let report = try PlaybookBinary.run(["report", short], environment: environment)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains(id))
        let export = try PlaybookBinary.run(["export", short.uppercased()], environment: environment)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("Session \(id) keeps no files."))
        // A second session whose id starts the same way.
        let sessions = data + "/playbook/sessions/"
        let twin = String(id.prefix(6)) + "00-0000-4000-8000-000000000000"
        let twinID = String(twin.prefix(36))
        let original = try String(contentsOfFile: sessions + id + ".json", encoding: .utf8)
        try Data(original.replacingOccurrences(of: id, with: twinID).utf8).write(to: URL(fileURLWithPath: sessions + twinID + ".json"))
        for command in [["report"], ["resume"], ["export"], ["sessions", "delete"]] {
            let result = try PlaybookBinary.run(command + [short], environment: environment)
            #expect(result.status != 0, "\(command) with an ambiguous start")
            #expect(result.stderr.contains("'\(short)' is the start of 2 session ids (\([id, twinID].sorted().joined(separator: ", ")))"), "\(command): \(result.stderr)")
        }
        let deleted = try PlaybookBinary.run(["sessions", "delete", String(id.prefix(8))], environment: environment)
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(deleted.stdout.contains("Deleted session \(id)."), "the full id of what was deleted")
        let unknown = try PlaybookBinary.run(["report", "ffffffff"], environment: environment)
        #expect(unknown.status == 1)
    }
}
