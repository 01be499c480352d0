import Foundation
import Testing

@testable import PlaybookKit

@Suite("Playbook tests: reading and running test files")
struct PlaybookTestRunnerTests {
    static let main = playbook(
        id: "main", facet: "care",
        """
          kind:
            ask: What happened?
            options:
              - label: Site down
                value: site
                next: observe
              - label: Account taken
                value: account
                next: playbook:account
          observe:
            action: care.observe
            next: check
          check:
            route:
              - when: observe.consent == true
                next: online
              - otherwise: tasks
          online:
            say: Online.
            next: tasks
          tasks:
            checklist:
              - id: call
                text: Call.
              - id: keep
                text: Keep.
            next: done
          done:
            end: referred
            refer: [ddos_protection]
        """)

    static let account = playbook(
        id: "account", facet: "care",
        """
          secure:
            ask: Is two-factor authentication on?
            input: yes-no
            next: tasks
          tasks:
            checklist:
              - id: change-password
                text: Change the password.
            next: closed
          closed:
            end: resolved
        """)

    let folder: URL
    let runner: PlaybookTestRunner

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("runner-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let engine = Engine(playbooks: decodePlaybooks([Self.main, Self.account]), registry: FacetRegistry([ObservingFacet()]))
        runner = PlaybookTestRunner(engine: engine, directory: ResponderDirectory(organisations: []), libraryRoots: [])
    }

    /// Decodes `text` (a test file) and runs it, failing when it does not decode.
    func run(_ text: String) throws -> [PlaybookTestResult] {
        let (file, diagnostics) = decodeTestFile(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return runner.run(try #require(file))
    }

    @Test("a case that holds passes; unstubbed actions run with consent declined, the fixed clock and a workspace deleted afterwards")
    func passingCase() throws {
        let results = try run("""
            playbook: main
            cases:
              - name: the site is down
                answers:
                  kind: site
                  tasks: [call]
                expect:
                  path: [kind, observe, check, tasks, done]
                  end: done
                  outcome: referred
                  checklist: [keep, call]
                  refer: [ddos_protection]
            """)
        let result = try #require(results.first)
        #expect(result.passed, "\(result.failures)")
        let outputs = try #require(result.state?.actions.first?.result.outputs)
        #expect(outputs["time"] == "2026-01-15T09:00:00Z")
        #expect(outputs["consent"] == false)
        #expect(outputs["kept"] == true)
        #expect(result.state?.files["observed.txt"] == Data("seen".utf8), "what actions keep stays in the session, in memory")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a stub replaces the action's outputs, and the path follows them")
    func stubbedAction() throws {
        let results = try run("""
            playbook: main
            cases:
              - name: consent stubbed
                answers: {kind: 1}
                actions:
                  observe: {consent: true, count: 3}
                expect:
                  path: [kind, observe, check, online, tasks, main#done]
            """)
        #expect(results[0].passed, "\(results[0].failures)")
        #expect(results[0].state?.actions.first?.result.outputs == ["consent": true, "count": 3])
    }

    @Test("steps of another playbook are written <playbook>#<step>, and answers may name them so")
    func jumpIntoAnotherPlaybook() throws {
        let results = try run("""
            playbook: main
            cases:
              - name: the account
                answers:
                  kind: Account taken
                  secure: yes
                  account#tasks: [change-password]
                expect:
                  path: [kind, account#secure, account#tasks, account#closed]
                  end: account#closed
                  outcome: resolved
                  checklist: [change-password]
                  refer: []
            """)
        #expect(results[0].passed, "\(results[0].failures)")
    }

    @Test("each failing expectation is located at its node; a wrong path comes with a diff")
    func failingExpectations() throws {
        let results = try run("""
            playbook: main
            cases:
              - name: wrong on every count
                answers:
                  kind: site
                expect:
                  path: [kind, check, online, tasks, done]
                  end: online
                  outcome: resolved
                  checklist: [call, leave]
                  refer: [legal]
            """)
        let failures = results[0].failures
        #expect(!results[0].passed)
        #expect(failures.map { "\($0.location.line):\($0.location.column)" } == ["7:13", "8:12", "9:16", "10:18", "11:14"])
        let diff = try #require(failures[0].diff)
        #expect(diff.lines.map(\.text) == ["  kind", "+ observe", "  check", "- online", "  tasks", "  done"])
        #expect(failures[1].message == "expected to end at 'online', but the run ended at 'done'")
        #expect(failures[2].message == "expected the outcome 'resolved', but it was 'referred'")
        #expect(failures[3].message.contains("expected but missing: leave; not expected: keep"))
        #expect(failures[4].message.contains("expected but missing: legal; not expected: ddos_protection"))
    }

    @Test("first-referral and not-referred check the organisations shown for the end, by directory id")
    func referralExpectations() throws {
        let engine = Engine(playbooks: decodePlaybooks([Self.main, Self.account]), registry: FacetRegistry([ObservingFacet()]))
        func organisation(_ id: String, regions: [String] = ["global"]) -> Organisation {
            Organisation(
                id: id, name: id, website: "https://\(id).example", summary: "", services: ["ddos_protection"], languages: ["en"],
                regions: regions, beneficiaries: [], source: "s", checked: "2026-11-01")
        }
        let directory = ResponderDirectory(organisations: [organisation("shield"), organisation("local", regions: ["asia"])])
        let runner = PlaybookTestRunner(engine: engine, directory: directory, libraryRoots: [])
        let (file, diagnostics) = decodeTestFile("""
            playbook: main
            cases:
              - name: holds
                answers: {kind: site, tasks: [call]}
                actions: {observe: {consent: false}}
                expect: {first-referral: shield, not-referred: [local]}
              - name: fails
                answers: {kind: site, tasks: [call]}
                actions: {observe: {consent: false}}
                expect: {first-referral: local, not-referred: [shield, shieldd]}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let results = runner.run(try #require(file))
        #expect(results[0].passed, "\(results[0].failures)")
        let messages = results[1].failures.map(\.message)
        #expect(messages.contains("there is no organisation 'shieldd' in the directory; did you mean 'shield'?"))
        #expect(messages.contains("expected 'local' to be listed first; the organisations shown were: shield"))
        #expect(messages.contains("expected not to be shown: shield; the organisations shown were: shield"))
    }

    @Test("a missing answer stops the run: the failure says where, with the path so far")
    func missingAnswer() throws {
        let results = try run("""
            playbook: main
            cases:
              - name: no answers
                expect:
                  path: [kind, observe]
            """)
        let failure = try #require(results[0].failures.first)
        #expect(failure.location.line == 3)
        #expect(failure.message.hasPrefix("the run stopped at 'kind' before an end: no answer for step 'kind'"))
        #expect(failure.diff?.lines.map(\.text) == ["  kind", "- observe"])
    }

    @Test("an answer that does not fit is located at the answer")
    func invalidAnswer() throws {
        let results = try run("""
            playbook: main
            cases:
              - name: bad answer
                answers:
                  kind: 7
            """)
        let failure = try #require(results[0].failures.first)
        #expect("\(failure.location)" == "t.test.yaml:5:13")
        #expect(failure.message.contains("'7' is not one of the options"))
    }

    @Test("answers and stubs naming no step fail at once, with a suggestion")
    func unknownKeys() throws {
        let results = try run("""
            playbook: main
            cases:
              - name: typos
                answers:
                  knd: site
                actions:
                  tasks: {verdict: up}
                  observe: {consnt: true, count: many, consent: yes}
            """)
        let messages = results[0].failures.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(messages.count == 5)
        #expect(messages[0] == "5:12 the answer to 'knd': there is no step 'knd' in 'main' or the playbooks it leads to; did you mean 'kind'?")
        #expect(messages[1].hasPrefix("7:7 the stub 'tasks': step 'tasks' is a checklist step; only action steps can be stubbed"))
        #expect(messages[2] == "8:44 the output 'consent' of 'care.observe' is yes/no, not text (write true or false)")
        #expect(messages[3].hasPrefix("8:17 'consnt' is not an output of 'care.observe'; did you mean 'consent'?"))
        #expect(messages[4] == "8:31 the output 'count' of 'care.observe' is a number, not text")
        #expect(results[0].state == nil, "a case with bad keys does not run")
    }

    @Test("a test of a playbook that is not in the library fails every case at 'playbook:'")
    func unknownPlaybook() throws {
        let results = try run("""
            playbook: mian
            cases:
              - name: one
              - name: two
            """)
        #expect(results.count == 2)
        #expect(results.allSatisfy { !$0.passed })
        #expect(results[0].failures[0].message.hasPrefix("there is no playbook 'mian' in the library; did you mean 'main'?"))
        #expect(results[0].failures[0].location.line == 1)
    }

    @Test("problems in a case are located and keep only that case from running")
    func decodingProblems() throws {
        let (file, diagnostics) = decodeTestFile("""
            playbook: main
            cases:
              - name: typo in a key
                expected:
                  end: done
              - name: bad outcome
                expect:
                  outcome: solved
              - name: fine
                answers: {kind: site}
              - name: bad service and path
                expect:
                  refer: [legal, pizza]
                  path: [kind, Kind]
            """)
        #expect(diagnostics.isEmpty)
        let cases = try #require(file?.cases)
        #expect(cases[0].problems.summaries == ["unknown-key@4:5"])
        #expect(cases[0].problems[0].message.contains("did you mean 'expect'?"))
        #expect(cases[1].problems.summaries == ["unknown-outcome@8:16"])
        #expect(cases[2].problems.isEmpty)
        #expect(cases[3].problems.summaries == ["invalid-id@14:20", "unknown-service@13:22"])
        let results = runner.run(file!)
        #expect(results.map(\.passed) == [false, false, true, false])
    }

    @Test("a file without cases or playbook is refused with located errors")
    func unusableFile() {
        let (file, diagnostics) = decodeTestFile("playbok: main\n")
        #expect(file == nil)
        #expect(diagnostics.summaries == ["unknown-key@1:1", "missing-key@1:1", "missing-key@1:1"])
        #expect(diagnostics[0].message.contains("did you mean 'playbook'?"))
    }

    @Test("the path diff marks expected-only lines '-' and actual-only lines '+'")
    func pathDiff() {
        let diff = PathDiff(expected: ["a", "b", "c", "d"], actual: ["a", "x", "c", "d", "e"])
        #expect(diff.lines.map(\.text) == ["  a", "- b", "+ x", "  c", "  d", "+ e"])
        #expect(PathDiff(expected: [], actual: ["a"]).lines == [.actual("a")])
        #expect(PathDiff(expected: ["a"], actual: ["a"]).lines == [.same("a")])
    }
}
