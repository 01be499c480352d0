import Foundation
import PlaybookKit
import Testing

@Suite("Trainer scenarios: decoding, lint with rehearsal, rotation plans")
struct ScenarioTests {
    static let question = playbook(id: "call", facet: "triage", """
          what:
            ask: What is happening?
            options:
              - label: Our site is down
                value: site
                next: done
              - label: Something else
                value: other
                next: done
          done:
            end: referred
            refer: [digital_helpline]
        """)

    static func scenario(acts: String, top: String = "") -> String {
        """
        id: tiny
        title: A tiny case
        setting:
          organisation: Example Rights Group
          country: Examplestan
          situation: Invented.
        reviewed: 2026-11-27
        \(top)acts:
        \(acts)
        """
    }

    static let goodAct = """
          - id: call
            title: The first call
            narrator: digital security helpline
            facet: triage
            narration: Someone calls.
            injects:
              - at: "Day 1, 09:00"
                text: The phone rings.
            playbook: call
            answers:
              what: site
        """

    func lint(_ scenario: String) -> [Diagnostic] {
        LintHarness().lint(["triage/call.yaml": Self.question, "scenarios/tiny.yaml": scenario])
    }

    @Test("a sound scenario decodes with every field; only the missing facets are warned about")
    func decodes() throws {
        let harness = LintHarness()
        let diagnostics = harness.lint(["triage/call.yaml": Self.question, "scenarios/tiny.yaml": Self.scenario(acts: Self.goodAct)])
        #expect(diagnostics.map(\.rule) == ["facet-missing"])
        #expect(diagnostics.first?.message.contains("'attribution', 'care', 'infrastructure', 'legal'") == true)
        #expect(diagnostics.first?.location.line == 1)
        let folder = try PlaybookBinaryFree.folder(["triage/call.yaml": Self.question, "scenarios/tiny.yaml": Self.scenario(acts: Self.goodAct)])
        let library = PlaybookLibrary.load([folder], today: LintHarness.today)
        let scenario = try #require(library.scenario("tiny"))
        #expect(scenario.setting.country == "Examplestan")
        let act = try #require(scenario.acts.first)
        #expect(act.isPublic)
        #expect(act.injects == [ScenarioInject(at: "Day 1, 09:00", text: "The phone rings.")])
        #expect(act.answers.entries.map(\.key) == ["what"])
        #expect(act.prompts.isEmpty, "prompts are optional")
        #expect(library.playbooks.map(\.id) == ["call"], "a scenario is not read as a playbook")
    }

    @Test("an optional region, one of the directory's region names")
    func region() throws {
        let folder = try PlaybookBinaryFree.folder([
            "triage/call.yaml": Self.question,
            "scenarios/tiny.yaml": Self.scenario(acts: Self.goodAct, top: "region: latin-america\n"),
            "scenarios/plain.yaml": Self.scenario(acts: Self.goodAct).replacingOccurrences(of: "id: tiny", with: "id: plain"),
        ])
        let library = PlaybookLibrary.load([folder], today: LintHarness.today)
        #expect(try #require(library.scenario("tiny")).region == "latin-america")
        #expect(try #require(library.scenario("plain")).region == nil, "a scenario need not say")
        #expect(ScenarioDecoder.topLevelKeys.contains("region"))
    }

    @Test("per-act prompts: a list of texts")
    func prompts() throws {
        let acts = Self.goodAct.replacingOccurrences(of: "    playbook: call", with: "    prompts:\n          - What would you ask first?\n          - Who decides?\n    playbook: call")
        let folder = try PlaybookBinaryFree.folder(["triage/call.yaml": Self.question, "scenarios/tiny.yaml": Self.scenario(acts: acts)])
        let library = PlaybookLibrary.load([folder], today: LintHarness.today)
        #expect(try #require(library.scenario("tiny")?.acts.first).prompts == ["What would you ask first?", "Who decides?"])
        let wrong = lint(Self.scenario(acts: Self.goodAct.replacingOccurrences(of: "    playbook: call", with: "    prompts: Who decides?\n    playbook: call")))
        #expect(wrong.contains { $0.rule == "wrong-type" && $0.message.contains("'prompts' must be a list") })
    }

    @Test("an unknown region is an error at its value, naming the known regions")
    func unknownRegion() throws {
        let diagnostics = lint(Self.scenario(acts: Self.goodAct, top: "region: latin-amerika\n"))
        let found = try #require(diagnostics.first { $0.rule == "unknown-region" })
        #expect(found.severity == .error)
        #expect(found.location.file.hasSuffix("scenarios/tiny.yaml"))
        #expect((found.location.line, found.location.column) == (8, 9))
        #expect(found.message.contains("'latin-amerika'"))
        #expect(found.message.contains(ResponderDirectory.regionKeys.joined(separator: ", ")))
        #expect(found.message.contains("did you mean 'latin-america'"))
        #expect(!lint(Self.scenario(acts: Self.goodAct, top: "region: global\n")).filter { $0.rule == "unknown-region" }.isEmpty,
                "a story happens somewhere: 'global' is for organisations, not scenarios")
        #expect(lint(Self.scenario(acts: Self.goodAct, top: "region: [europe]\n")).summaries.contains("wrong-type@8:9"))
    }

    @Test("unknown keys, missing keys and wrong types are located")
    func schemaErrors() {
        let acts = """
              - id: call
                title: The first call
                narator: digital security helpline
                facet: triage
                narration: Someone calls.
                playbook: call
                public: no
                answers:
                  what: site
            """
        let diagnostics = lint(Self.scenario(acts: acts))
        #expect(diagnostics.summaries.contains("unknown-key@11:5"))
        #expect(diagnostics.first { $0.rule == "unknown-key" }?.message.contains("did you mean 'narrator'") == true)
        #expect(diagnostics.summaries.contains("missing-key@9:5"))
        #expect(diagnostics.summaries.contains("wrong-type@15:13"))
    }

    @Test("an unknown playbook and a missing shipped file are errors at their lines")
    func references() {
        let acts = Self.goodAct.replacingOccurrences(of: "playbook: call", with: "playbook: cal\n    files: [tiny/feed.txt]")
        let diagnostics = lint(Self.scenario(acts: acts))
        #expect(diagnostics.summaries.contains("unknown-playbook@17:15"))
        #expect(diagnostics.first { $0.rule == "unknown-playbook" }?.message.contains("did you mean 'call'") == true)
        #expect(diagnostics.summaries.contains("scenario-file@18:13"))
    }

    @Test("answers that do not reach an end fail the lint where they are written")
    func rehearsed() {
        let wrong = lint(Self.scenario(acts: Self.goodAct.replacingOccurrences(of: "what: site", with: "what: nowhere")))
        #expect(wrong.summaries.contains("scenario-run@19:13"))
        #expect(wrong.first { $0.rule == "scenario-run" }?.message.contains("'nowhere' is not one of the options") == true)
        let missing = lint(Self.scenario(acts: Self.goodAct.replacingOccurrences(of: "what: site", with: "wat: site")))
        #expect(missing.first { $0.rule == "scenario-run" }?.message.contains("no answer for step 'what'") == true)
    }

    @Test("an answer no step asked for is a warning at the answer")
    func unused() {
        let diagnostics = lint(Self.scenario(acts: Self.goodAct + "\n      extra: yes"))
        #expect(diagnostics.summaries.contains("unused-answer@20:14"))
    }

    @Test("rotation plan: no table has two groups at once; every group meets min(rotations, tables) tables", arguments: [1, 2, 3, 5, 8])
    func rotations(rotations: Int) {
        let plan = RotationPlan(tables: ["helpline", "hosting", "legal", "care", "forensics"], rotations: rotations, minutes: 15)
        #expect(plan.assignments.count == rotations)
        for row in plan.assignments {
            #expect(Set(row).count == row.count)
        }
        for group in 0..<plan.groups {
            let met = Set(plan.assignments.map { $0[group] })
            #expect(met.count == min(rotations, plan.tables.count))
        }
    }
}

/// A temporary folder of files, for tests that load a library directly.
enum PlaybookBinaryFree {
    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString)")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder.path
    }
}
