import Foundation
import Testing

@Suite("playbook lint, list and show, end to end")
struct LintCommandTests {
    static let broken = """
        id: broken
        title: Broken
        facet: triage
        summary: Has a typo.
        reviewed: 2026-11-01
        steps:
          hello:
            say: Hello.
            next: dnoe
          done:
            end: resolved
        """

    @Test("the shipped library lints clean")
    func shippedLibrary() throws {
        let result = try PlaybookBinary.run(["lint", "--library", PlaybookBinary.shippedLibrary])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains(" 0 errors, 0 warnings"))
    }

    @Test("lint refuses a library file linked from outside the library, without quoting it")
    func symlinkOutsideLibrary() throws {
        let outside = try PlaybookBinary.folder(["private.yaml": "the person's private line\n"]) + "/private.yaml"
        let folder = try PlaybookBinary.folder(["README.md": "A library someone sent.\n"])
        try FileManager.default.createSymbolicLink(atPath: folder + "/planted.yaml", withDestinationPath: outside)
        let result = try PlaybookBinary.run(["lint", "--library", folder])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(folder)/planted.yaml:1:1: error: this file is a symbolic link to '"), "\(result.stderr)")
        #expect(result.stderr.contains("[symlink-outside-library]"))
        #expect(!result.stderr.contains("the person's private line"))
    }

    @Test("errors are printed as file:line:column with the line and a caret, exit 1")
    func textErrors() throws {
        let folder = try PlaybookBinary.folder(["broken.yaml": Self.broken])
        let file = folder + "/broken.yaml"
        let result = try PlaybookBinary.run(["lint", file, "--library", folder])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines[0] == "\(file):9:11: error: there is no step 'dnoe' in this playbook; did you mean 'done'? [unknown-step]")
        #expect(lines[1] == "      next: dnoe")
        #expect(lines[2] == "            ^")
        #expect(lines.last?.contains("1 error, 1 warning") == true)
        #expect(!result.stderr.contains("\u{1B}["), "NO_COLOR is set: no escape sequences")
    }

    @Test("--format json prints the findings on standard output")
    func json() throws {
        let folder = try PlaybookBinary.folder(["broken.yaml": Self.broken])
        let result = try PlaybookBinary.run(["lint", "--format", "json", "--library", folder])
        #expect(result.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["rule"] as? String } == ["unknown-step", "unreachable-step"])
        #expect(entries.map { $0["line"] as? Int } == [9, 10])
    }

    @Test("warnings alone exit 0")
    func warningsOnly() throws {
        let text = Self.broken.replacingOccurrences(of: "next: dnoe", with: "next: done")
            + "\n  orphan:\n    end: resolved\n"
        let folder = try PlaybookBinary.folder(["ok.yaml": text])
        let result = try PlaybookBinary.run(["lint", "--library", folder])
        #expect(result.status == 0)
        #expect(result.stderr.contains("[unreachable-step]"))
    }

    @Test("a YAML syntax error is located")
    func syntaxError() throws {
        let folder = try PlaybookBinary.folder(["bad.yaml": "id: x\ntitle: [unclosed\n"])
        let result = try PlaybookBinary.run(["lint", "--library", folder])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:3:1: error: YAML syntax error"))
    }

    @Test("the library comes from --library, then PLAYBOOK_PATH")
    func libraryLookup() throws {
        let first = try PlaybookBinary.folder(["a.yaml": Self.broken.replacingOccurrences(of: "id: broken", with: "id: first")])
        let second = try PlaybookBinary.folder(["b.yaml": Self.broken.replacingOccurrences(of: "id: broken", with: "id: second")])
        let fromEnvironment = try PlaybookBinary.run(["list"], environment: ["PLAYBOOK_PATH": "\(first):\(second)"])
        #expect(fromEnvironment.stdout.contains("first"))
        #expect(fromEnvironment.stdout.contains("second"))
        let fromOption = try PlaybookBinary.run(["list", "--library", second], environment: ["PLAYBOOK_PATH": first])
        #expect(!fromOption.stdout.contains("first"))
        #expect(fromOption.stdout.contains("second"))
    }

    @Test("list shows id, facet and title; show lays out the steps within 80 columns")
    func listAndShow() throws {
        let list = try PlaybookBinary.run(["list", "--library", PlaybookBinary.shippedLibrary])
        #expect(list.status == 0)
        let facets = Set(list.stdout.split(separator: "\n").compactMap { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.map(String.init) })
        #expect(facets.isSuperset(of: ["triage", "infrastructure", "legal", "care", "attribution"]))
        let firstID = try #require(list.stdout.split(separator: " ").first.map(String.init))
        let show = try PlaybookBinary.run(["show", firstID, "--library", PlaybookBinary.shippedLibrary])
        #expect(show.status == 0)
        #expect(show.stdout.contains("[\(firstID)]"))
        #expect(show.stdout.contains("1. "))
        #expect(show.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let missing = try PlaybookBinary.run(["show", "no-such-playbook", "--library", PlaybookBinary.shippedLibrary])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("there is no playbook 'no-such-playbook'"))
    }
}

@Suite("playbook orgs")
struct OrgsCommandTests {
    @Test("filters the shipped directory by service, language and region; contacts carry their check date")
    func filters() throws {
        let all = try PlaybookBinary.run(["orgs", "--library", PlaybookBinary.shippedLibrary])
        #expect(all.status == 0)
        #expect(all.stdout.contains("Media Defence"))
        #expect(all.stdout.contains("Access Now"))
        let legal = try PlaybookBinary.run(["orgs", "--service", "legal", "--library", PlaybookBinary.shippedLibrary])
        #expect(legal.stdout.contains("Media Defence"))
        #expect(!legal.stdout.contains("Greenhost"))
        let long = legal.stdout.split(separator: "\n").map(String.init).filter { $0.count > 80 }
        #expect(long.allSatisfy { !$0.trimmingCharacters(in: .whitespaces).dropLast().contains(" ") }, "only an unbreakable address may pass 80 columns: \(long)")
        let contacts = legal.stdout.split(separator: "\n").filter { $0.contains("email:") || $0.contains("phone:") }
        #expect(!contacts.isEmpty)
        #expect(contacts.allSatisfy { $0.contains("(checked 20") })
        let typo = try PlaybookBinary.run(["orgs", "--service", "forensic", "--library", PlaybookBinary.shippedLibrary])
        #expect(typo.status != 0)
        #expect(typo.stderr.contains("did you mean 'forensics'?"))
        let spanish = try PlaybookBinary.run(["orgs", "--service", "legal", "--lang", "es", "--library", PlaybookBinary.shippedLibrary])
        #expect(spanish.stdout != legal.stdout, "descriptions are translated")
        #expect(spanish.stdout.contains("Ofrece: ayuda legal"))
        #expect(!legal.stdout.contains("digital_helpline") && legal.stdout.contains("Offers: legal help"))
    }

    @Test("ranks as a run does: the emergency line first when urgent, a region-only helpline only with its region")
    func ranking() throws {
        let library = ["--library", PlaybookBinary.shippedLibrary]
        let urgent = try PlaybookBinary.run(["orgs", "--service", "physical_security", "--service", "legal", "--urgent"] + library)
        #expect(urgent.status == 0)
        #expect(urgent.stdout.hasPrefix("Front Line Defenders\n"))
        #expect(urgent.stdout.contains("Emergency line, day and night: +353"))
        let helplines = try PlaybookBinary.run(["orgs", "--service", "digital_helpline"] + library)
        #expect(!helplines.stdout.contains("Digital Rights Foundation"))
        let inAsia = try PlaybookBinary.run(["orgs", "--service", "digital_helpline", "--region", "asia"] + library)
        #expect(inAsia.stdout.contains("Digital Rights Foundation"))
        let spanish = try PlaybookBinary.run(["orgs", "--service", "digital_helpline", "--language", "es"] + library)
        #expect(spanish.stdout.contains("Access Now"), "a language nobody lists still leaves the global helplines")
        let journalist = try PlaybookBinary.run(["orgs", "--service", "legal", "--audience", "journalists"] + library)
        #expect(journalist.stdout.contains("Media Defence") && !journalist.stdout.contains("Only for journalists"))
        let arabic = try PlaybookBinary.run(["orgs", "--language", "ar"] + library)
        #expect(arabic.stdout.contains("Access Now"), "without a service, the language orders the list and hides nothing")
        let unknown = try PlaybookBinary.run(["orgs", "--region", "south-america"] + library)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("'south-america' is not a region"))
        #expect(unknown.stderr.contains("latin-america, middle-east-north-africa"))
    }
}
