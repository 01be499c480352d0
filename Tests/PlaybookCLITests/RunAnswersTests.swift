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
        #expect(result.stderr.contains("Not contacting example.org"))
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
