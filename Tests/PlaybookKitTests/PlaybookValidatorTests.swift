import Testing

@testable import PlaybookKit

@Suite("Lint rules on the graph, actions and expressions")
struct PlaybookValidatorTests {
    @Test("next to an unknown step, with a suggestion")
    func unknownStep() {
        let found = LintHarness.lint(
            playbook(
                """
                  hello:
                    say: Hello.
                    next: dnoe
                  done:
                    end: resolved
                """))
        #expect(found.summaries == ["unknown-step@9:11", "unreachable-step@10:3"])
        #expect(found[0].message.contains("did you mean 'done'?"))
    }

    @Test("jumps to other playbooks resolve across the library")
    func crossPlaybook() {
        let found = LintHarness().lint([
            "a.yaml": playbook(
                id: "a",
                """
                  go:
                    ask: Where?
                    options:
                      - label: B
                        next: playbook:b
                      - label: B's end
                        next: playbook:b#finish
                      - label: Missing
                        next: playbook:c
                      - label: Missing step
                        next: playbook:b#nowhere
                """),
            "b.yaml": playbook(id: "b", "  finish:\n    end: resolved"),
        ])
        #expect(found.summaries == ["unknown-playbook@15:15", "unknown-step@17:15"])
    }

    @Test("two playbooks with one id")
    func duplicateID() {
        let found = LintHarness().lint([
            "a.yaml": playbook(id: "same", "  done:\n    end: resolved"),
            "b.yaml": playbook(id: "same", "  done:\n    end: resolved"),
        ])
        #expect(found.map(\.rule) == ["duplicate-id"])
        #expect(found[0].location.file.hasSuffix("b.yaml"))
    }

    @Test("a step with no way on is a dead end")
    func deadEnd() {
        let found = LintHarness.lint(
            playbook(
                """
                  stuck:
                    say: Nothing follows.
                  done:
                    end: resolved
                """))
        #expect(found.summaries.contains("dead-end@7:3"))
    }

    @Test("a cycle with no way to an end is reported once, at its first step")
    func trappedCycle() {
        let found = LintHarness.lint(
            playbook(
                """
                  first:
                    ask: Go on?
                    options:
                      - label: Round
                        next: round-a
                      - label: Finish
                        next: done
                  round-a:
                    say: A.
                    next: round-b
                  round-b:
                    say: B.
                    next: round-a
                  done:
                    end: resolved
                """))
        #expect(found.summaries == ["no-way-out@14:3"])
    }

    @Test("a circle of 20,000 steps is one group, and a long chain of uses of one answer is certain")
    func largeGraphs() {
        let circle = (0..<20_000).map { "  s\($0):\n    say: On.\n    next: s\(($0 + 1) % 20_000)\n" }.joined()
        let found = LintHarness.lint(playbook(circle))
        #expect(found.summaries == ["no-way-out@7:3"])
        #expect(found[0].message.contains("'s0', 's1', 's2', 's3', …"))

        let chain = (0..<5_000).map { "  q\($0):\n    ask: \"\($0 == 0 ? "First" : "{{ q0 }}")?\"\n    options:\n      - label: Go\n        next: q\($0 + 1)\n      - label: Skip\n        next: q\($0 + 2)\n" }.joined()
        let ends = "  q5000:\n    end: resolved\n  q5001:\n    end: resolved\n"
        #expect(LintHarness.lint(playbook(chain + ends)).summaries.isEmpty)
        let skipped = "  q0:\n    ask: First?\n    options:\n      - label: Go\n        next: q1\n      - label: Skip\n        next: q2\n"
            + "  q1:\n    ask: One?\n    options:\n      - label: Go\n        next: q2\n  q2:\n    ask: \"{{ q1 }}?\"\n    options:\n      - label: Go\n        next: done\n  done:\n    end: resolved\n"
        #expect(LintHarness.lint(playbook(skipped)).summaries == ["maybe-unanswered@20:14"])
    }

    @Test("an unknown facet and an unknown action are located")
    func unknownFacetAndAction() {
        let found = LintHarness.lint(
            playbook(
                facet: "infrastrucure",
                """
                  probe:
                    action: infrastructure.probe-sit
                    next: done
                  done:
                    end: resolved
                """))
        #expect(found.summaries == ["unknown-facet@3:8", "unknown-action@8:13"])
        #expect(found[0].message.contains("did you mean 'infrastructure'?"))
        #expect(found[1].message.contains("did you mean 'infrastructure.probe-site'?"))
    }

    @Test("a web address may not build its host from an answer; a whole typed address and answers in the path may", arguments: [
        ("https://{{ name }}.example.org/", true), ("{{ name }}://example.org/", true), ("https://example.org{{ name }}", true),
        ("https://{{ name }}", true), ("{{ name }}", false), ("https://example.org/status?q={{ name }}", false),
        ("https://example.org/{{ name }}", false), ("https://example.org/", false),
    ])
    func answerInHost(url: String, refused: Bool) {
        let found = LintHarness.lint(
            playbook(
                """
                  name:
                    ask: Your organisation?
                    input: text
                    next: probe
                  probe:
                    action: infrastructure.probe-site
                    with:
                      url: "\(url)"
                    next: done
                  done:
                    end: resolved
                """))
        #expect(found.map(\.rule).contains("answer-in-host") == refused, "\(url): \(found.summaries)")
        if refused { #expect(found.first { $0.rule == "answer-in-host" }?.location.line == 14) }
    }

    @Test("parameters must fit the action's declaration")
    func parameters() {
        let found = LintHarness.lint(
            playbook(
                """
                  count:
                    ask: How many?
                    input: number
                    next: probe
                  probe:
                    action: infrastructure.probe-site
                    with:
                      url: "{{ count }}"
                      timeout: fast
                      retries: 3
                    next: done
                  done:
                    end: resolved
                """))
        #expect(found.summaries == ["parameter-type@14:7", "parameter-type@15:7", "unknown-parameter@16:7"])
        let missing = LintHarness.lint(
            playbook(
                """
                  probe:
                    action: infrastructure.probe-site
                    next: done
                  done:
                    end: resolved
                """))
        #expect(missing.summaries == ["missing-parameter@8:13"])
    }

    @Test("expression errors point inside the condition")
    func expressionSyntax() {
        let found = LintHarness.lint(
            playbook(
                """
                  where:
                    ask: Where?
                    input: text
                    next: route
                  route:
                    route:
                      - when: where == 'home' and
                        next: done
                      - otherwise: done
                  done:
                    end: resolved
                """))
        #expect(found.map(\.rule) == ["expression-syntax"])
        #expect(found[0].location.line == 13)
        #expect(found[0].location.column > 15)
    }

    @Test("references must name steps that store answers, and declared outputs")
    func references() {
        let found = LintHarness.lint(
            playbook(
                """
                  site:
                    ask: Address?
                    input: url
                    next: probe
                  probe:
                    action: infrastructure.probe-site
                    with:
                      url: "{{ site }}"
                    next: route
                  route:
                    route:
                      - when: probe.status == 200
                        next: done
                      - when: sit == 'x'
                        next: done
                      - otherwise: done
                  done:
                    say: "You checked {{ site }}"
                    end: resolved
                """))
        #expect(found.summaries == ["unknown-reference@18:15", "unknown-reference@20:15"])
        #expect(found[0].message.contains("'verdict'"))
        #expect(found[1].message.contains("did you mean 'site'?"))
    }

    @Test("every placeholder of a text is located: plain, quoted and literal, on any line")
    func placeholdersLocated() {
        let found = LintHarness.lint(
            playbook(
                """
                  start:
                    say: a {{ x }} b {{ y }}
                    next: quoted
                  quoted:
                    say: "{{ z }}"
                    next: literal
                  literal:
                    say: |
                      First {{ u }} and {{ v }}
                      then {{ w }}
                    end: resolved
                """))
        #expect(found.summaries == [
            "unknown-reference@8:15", "unknown-reference@8:25", "unknown-reference@11:14",
            "unknown-reference@15:16", "unknown-reference@15:28", "unknown-reference@16:15",
        ])
    }

    @Test("an answer not given on every path is a warning, unless guarded")
    func maybeUnanswered() {
        let found = LintHarness.lint(
            playbook(
                """
                  first:
                    ask: Name a site?
                    options:
                      - label: Yes
                        next: site
                      - label: No
                        next: route
                  site:
                    ask: Address?
                    input: url
                    next: route
                  route:
                    route:
                      - when: answered(site) and site != ''
                        next: done
                      - when: site == 'https://example.org'
                        next: done
                      - otherwise: done
                  done:
                    end: resolved
                """))
        #expect(found.map(\.rule) == ["maybe-unanswered"])
        #expect(found[0].location.line == 22)
    }
}
