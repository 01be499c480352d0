import Foundation
import Testing

@Suite("playbook run --answers, end to end, with real facet actions")
struct RunAnswersTests {
    static let playbook = """
        id: lure
        title: A suspicious message
        facet: attribution
        summary: Checks a pasted message.
        reviewed: 2026-11-01
        steps:
          paste:
            ask: Paste the message.
            input: text
            next: extract
          extract:
            action: attribution.extract-indicators
            with:
              text: "{{ paste }}"
            next: found
          found:
            route:
              - when: extract.count > 0
                next: report
              - otherwise: done
          report:
            say: "Found {{ extract.count }} indicators."
            next: site
          site:
            ask: Check the site?
            input: url
            next: probe
          probe:
            action: infrastructure.probe-site
            with:
              url: "{{ site }}"
            next: done
          done:
            end: referred
            refer: [digital_helpline]
        """

    @Test("actions run through the registry; network is declined without --allow-network")
    func answersFile() throws {
        let library = try PlaybookBinary.folder(["lure.yaml": Self.playbook])
        let answers = try PlaybookBinary.folder([
            "answers.yaml": "paste: 'Your account is locked, log in at https://login.example.com/verify now'\nsite: example.org\n"
        ])
        let data = try PlaybookBinary.folder([:])
        let result = try PlaybookBinary.run(
            ["run", "lure", "--answers", answers + "/answers.yaml", "--library", library], environment: ["XDG_DATA_HOME": data])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Found 1 indicators."))
        #expect(result.stdout.contains("hxxps://login.example[.]com/verify") || result.stdout.contains("1 indicator found"))
        #expect(result.stdout.contains("Outcome: referred"))
        #expect(result.stdout.contains("Not contacting https://example.org"), "the full address is named")
    }

    @Test("someone in danger: the emergency line comes first, at the end and in the report's summary")
    func danger() throws {
        let answers = try PlaybookBinary.folder(["answers.yaml": "safety: danger\n"])
        let data = try PlaybookBinary.folder([:])
        let library = ["--library", PlaybookBinary.shippedLibrary]
        let run = try PlaybookBinary.run(["run", "--answers", answers + "/answers.yaml"] + library, environment: ["XDG_DATA_HOME": data])
        #expect(run.status == 0, "\(run.stderr)")
        let list = try #require(run.stdout.range(of: "Organisations that can help (physical protection, legal help, digital security\nhelpline):\n"))
        #expect(run.stdout[list.upperBound...].hasPrefix("  - Front Line Defenders: https://www.frontlinedefenders.org/\n    Emergency line, day and night: +353 (0) 1 21 00 489\n"))
        #expect(!run.stdout.contains("Digital Rights Foundation") && !run.stdout.contains("SMEX"), "no single-country helpline for a person whose region is unknown")
        let id = try #require(run.stdout.split(separator: "\n").last?.split(separator: " ").last.map(String.init))
        let report = try PlaybookBinary.run(["report", id] + library, environment: ["XDG_DATA_HOME": data])
        #expect(report.stdout.contains("- **Emergency line, day and night: Front Line Defenders: +353 (0) 1 21 00 489**"))
    }

    @Test("an answer that does not fit is located in the answers file")
    func badAnswer() throws {
        let library = try PlaybookBinary.folder(["lure.yaml": Self.playbook])
        let answers = try PlaybookBinary.folder(["answers.yaml": "paste: see https://example.com/x\nsite: not a url\n"])
        let result = try PlaybookBinary.run(["run", "lure", "--answers", answers + "/answers.yaml", "--library", library], environment: ["XDG_DATA_HOME": try PlaybookBinary.folder([:])])
        #expect(result.status == 1)
        #expect(result.stderr.contains("answers.yaml:2:7: 'not a url' is not a web address"))
    }

    @Test("a missing answer names the step and what it expects")
    func missingAnswer() throws {
        let library = try PlaybookBinary.folder(["lure.yaml": Self.playbook])
        let answers = try PlaybookBinary.folder(["answers.yaml": "site: example.org\n"])
        let result = try PlaybookBinary.run(["run", "lure", "--answers", answers + "/answers.yaml", "--library", library], environment: ["XDG_DATA_HOME": try PlaybookBinary.folder([:])])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no answer for step 'paste'"))
    }

    @Test("every shipped facet is registered: lint knows each facet's actions")
    func registry() throws {
        let library = try PlaybookBinary.folder(["lure.yaml": Self.playbook])
        let result = try PlaybookBinary.run(["lint", "--library", library])
        #expect(result.status == 0, "\(result.stderr)")
        for facet in ["triage", "legal", "care"] {
            let text = Self.playbook.replacingOccurrences(of: "facet: attribution", with: "facet: \(facet)")
            let folder = try PlaybookBinary.folder(["lure.yaml": text])
            #expect(try PlaybookBinary.run(["lint", "--library", folder]).status == 0)
        }
    }
}

@Suite("Runs from an answers file are saved sessions; their files are exported only where the person says")
struct ScriptedSessionTests {
    static let playbook = """
        id: log-it
        title: Log it
        facet: legal
        summary: Logs one incident.
        reviewed: 2026-11-01
        steps:
          when:
            ask: When?
            input: date
            next: what
          what:
            ask: What happened?
            input: text
            next: log
          log:
            action: legal.incident-log
            with:
              when: "{{ when }}"
              platform: phone
              where: Casa Lumen, Calle 9
              description: "{{ what }}"
            next: done
          done:
            end: resolved
        """

    @Test("--answers saves a sealed session with its incident log inside: the id and report command are printed, nothing readable on disk, export writes the logs")
    func sealedScriptedRun() throws {
        let library = try PlaybookBinary.folder(["log-it.yaml": Self.playbook])
        let answers = try PlaybookBinary.folder(["a.yaml": "when: 2026-11-20\nwhat: A caller threatened Ana Quispe\n"]) + "/a.yaml"
        let data = try PlaybookBinary.folder([:])
        let environment = ["XDG_DATA_HOME": data, "PLAYBOOK_ENCRYPT": "1", "PLAYBOOK_PASSPHRASE": "correct horse battery"]
        let run = try PlaybookBinary.run(["run", "log-it", "--library", library, "--answers", answers], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let id = String(try #require(run.stdout.firstMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)).output)
        #expect(run.stdout.contains("playbook report \(id)"))
        let listed = try PlaybookBinary.run(["sessions"], environment: environment)
        #expect(listed.stdout.contains(id))
        let sessions = data + "/playbook/sessions"
        let names = try FileManager.default.contentsOfDirectory(atPath: sessions)
        #expect(!names.contains { $0.hasSuffix(".files") }, "no folder of files beside the session")
        for secret in ["Ana Quispe", "Casa Lumen", "threatened", "incident"] {
            for name in names {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: sessions + "/" + name))
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "'\(secret)' is readable in \(name)")
            }
        }
        let out = try PlaybookBinary.folder([:]) + "/for-the-lawyer"
        let exported = try PlaybookBinary.run(["export", id, "--to", out], environment: environment)
        #expect(exported.status == 0, "\(exported.stderr)")
        let csv = try String(contentsOfFile: out + "/incident-log.csv", encoding: .utf8)
        #expect(csv.contains("A caller threatened Ana Quispe"))
        let mode = try FileManager.default.attributesOfItem(atPath: out + "/incident-log.csv")[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test("--answers lays out playbook Markdown once: the author's line ends are soft, nothing is cut at 80 and then again")
    func wrappedOnce() throws {
        let playbook = """
            id: long
            title: Long
            facet: care
            summary: Test.
            reviewed: 2026-11-01
            steps:
              read:
                say: |-
                  Every e-mail carries hidden lines, its *headers*, that record the servers it passed
                  through. They can show whether the sender is who they claim to be, and a helpline can read them.

                  - In most webmail, open the menu of the message (often `⋮` or `…`) and choose **Show original**.
                ask: Go on?
                options:
                  - label: Yes
                    next: done
              done:
                end: resolved
                say: |-
                  Report it to a digital security helpline; they can look at it safely and tell you whether
                  others received the same.
            """
        let library = try PlaybookBinary.folder(["long.yaml": playbook])
        let answers = try PlaybookBinary.folder(["a.yaml": "read: 1\n"]) + "/a.yaml"
        let data = try PlaybookBinary.folder([:])
        let run = try PlaybookBinary.run(["run", "long", "--library", library, "--answers", answers], environment: ["XDG_DATA_HOME": data, "NO_COLOR": "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Every e-mail carries hidden lines, its headers, that record the servers it"))
        #expect(lines.contains("passed through. They can show whether the sender is who they claim to be, and a"))
        #expect(lines.contains("  original."), "a list item keeps its hanging indent")
        #expect(lines.contains("Report it to a digital security helpline; they can look at it safely and tell"))
        #expect(lines.contains("you whether others received the same."))
        #expect(!lines.contains("others"), "no word left alone on a line by a second wrap")
        #expect(lines.allSatisfy { $0.count <= 80 }, "over 80: \(lines.filter { $0.count > 80 })")
    }
}
