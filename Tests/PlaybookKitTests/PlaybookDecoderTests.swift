import Foundation
import Testing

@testable import PlaybookKit

@Suite("Playbook decoding")
struct PlaybookDecoderTests {
    @Test("a valid playbook with every step kind has no findings")
    func validPlaybook() {
        let yaml = playbook(
            """
              symptom:
                say: Take a breath.
                ask: What do you see?
                options:
                  - label: An error page
                    value: error
                    next: site-url
                  - label: Strange pages
                    next: defaced
              site-url:
                ask: What is the address?
                input: url
                next: probe
              probe:
                action: infrastructure.probe-site
                with:
                  url: "{{ site-url }}"
                  timeout: 5
                next: by-verdict
              by-verdict:
                route:
                  - when: probe.verdict == 'up'
                    next: done
                  - otherwise: first-aid
              first-aid:
                checklist:
                  - id: call-host
                    text: Call your host.
                  - id: keep-copy
                    text: Keep a copy.
                    optional: true
                    level: beginner
                next: done
              defaced:
                say: Keep the pages as evidence.
                next: done
              done:
                end: referred
                refer: [ddos_protection]
            """)
        #expect(LintHarness.lint(yaml).isEmpty)
    }

    @Test("step kinds, options, targets and defaults are read as written")
    func decodedModel() throws {
        let yaml = playbook(
            """
              pick:
                ask: Which?
                multiple: true
                options:
                  - label: One
                  - label: Two
                    value: second
                next: playbook:other#start-here
              stop:
                end: resolved
            """)
        let root = try #require(try YAMLLoader().load(Array(yaml.utf8), file: "p.yaml"))
        let (decoded, diagnostics) = PlaybookDecoder.decode(root, source: yaml, contentHash: "h")
        #expect(diagnostics.isEmpty)
        let result = try #require(decoded)
        #expect(result.start == "pick")
        #expect(result.language == "en")
        guard case .question(let question) = result.steps[0].kind else {
            Issue.record("expected a question")
            return
        }
        #expect(question.multiple)
        #expect(question.options.map(\.value) == ["One", "second"])
        #expect(question.next?.playbook == "other")
        #expect(question.next?.step == "start-here")
        #expect(result.step("stop")?.kind.name == "end")
    }

    @Test("YAML 1.2: 'yes' for a boolean is refused with a hint")
    func norwayProblem() {
        let yaml = playbook(
            """
              list:
                checklist:
                  - id: a
                    text: Do it.
                    optional: yes
                next: done
              done:
                end: resolved
            """)
        let found = LintHarness.lint(yaml)
        #expect(found.summaries == ["wrong-type@11:19"])
        #expect(found.first?.message.contains("'yes' is text") == true)
    }

    @Test("unknown keys are located, with a suggestion")
    func unknownKey() {
        let yaml = playbook(
            """
              start-here:
                say: Hello.
                nxet: done
              done:
                end: resolved
            """)
        let found = LintHarness.lint(yaml)
        #expect(found.summaries.contains("unknown-key@9:5"))
        #expect(found.first { $0.rule == "unknown-key" }?.message.contains("did you mean 'next'?") == true)
    }

    @Test("top-level problems: missing keys, bad id, bad date")
    func topLevel() {
        let yaml = """
            id: Bad_Id
            title: T
            facet: infrastructure
            reviewed: 2026-02-30
            steps:
              done:
                end: resolved
            """
        let found = LintHarness.lint(yaml)
        #expect(found.summaries.contains("invalid-id@1:5"))
        #expect(found.summaries.contains("invalid-date@4:11"))
        #expect(found.summaries.contains("missing-key@1:1"))
    }

    @Test("a step with the keys of two kinds is refused")
    func ambiguousStep() {
        let yaml = playbook(
            """
              both:
                ask: Which?
                options:
                  - label: A
                    next: done
                end: resolved
              done:
                end: resolved
            """)
        #expect(LintHarness.lint(yaml).summaries == ["ambiguous-step@12:5"])
    }

    @Test("an unknown input type, outcome and service are located")
    func unknownNames() {
        let yaml = playbook(
            """
              when:
                ask: When?
                input: dat
                next: done
              done:
                end: resolvd
                refer: [legal, lawyers]
            """)
        let found = LintHarness.lint(yaml)
        #expect(found.summaries.contains("unknown-input-type@9:12"))
        #expect(found.summaries.contains("unknown-outcome@12:10"))
        #expect(found.first { $0.rule == "unknown-input-type" }?.message.contains("did you mean 'date'?") == true)
    }

    @Test("duplicate options and checklist ids are refused")
    func duplicates() {
        let yaml = playbook(
            """
              q:
                ask: Which?
                options:
                  - label: Same
                    next: done
                  - label: Same
                    next: done
              done:
                end: resolved
            """)
        #expect(LintHarness.lint(yaml).summaries == ["duplicate-option@12:9"])
    }

    @Test(
        "in a long checklist every repeat of an id points at its first use",
        arguments: [(count: 3, repeated: 2), (count: 17, repeated: 2), (count: 17, repeated: 17), (count: 40, repeated: 30)])
    func duplicatesInLongLists(count: Int, repeated: Int) throws {
        // Item ids c1...c<count>, then one of them twice more: past 16 items the check hashes.
        let ids = (1...count).map { "c\($0)" } + ["c\(repeated)", "c\(repeated)"]
        let items = ids.map { "          - id: \($0)\n            text: Check \($0)." }.joined(separator: "\n")
        let yaml = playbook("  list:\n    checklist:\n\(items)\n    next: done\n  done:\n    end: resolved\n")
        let found = LintHarness.lint(yaml).filter { $0.rule == "duplicate-item" }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let firstLine = try #require(lines.firstIndex { $0.hasSuffix("id: c\(repeated)") }) + 1
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.message.contains("first at line \(firstLine)") }, "\(found.map(\.message))")
    }
}
