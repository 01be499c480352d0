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
        #expect(first.stdout.contains("End of input: your session is saved."))
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
}
