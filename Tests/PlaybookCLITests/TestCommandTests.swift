import Foundation
import Testing

@Suite("playbook test, end to end")
struct TestCommandTests {
    static let site = """
        id: site
        title: Site
        facet: infrastructure
        summary: A site problem.
        reviewed: 2026-11-01
        steps:
          what:
            ask: What do you see?
            options:
              - label: An error
                value: error
                next: probe
              - label: Strange pages
                value: defaced
                next: keep
          probe:
            action: infrastructure.probe-site
            with:
              url: https://example.org
            next: verdict
          verdict:
            route:
              - when: probe.verdict == 'up'
                next: fine
              - otherwise: keep
          keep:
            checklist:
              - id: copy
                text: Keep a copy.
            next: referred
          fine:
            end: resolved
          referred:
            end: referred
            refer: [secure_hosting]
        """

    static let passing = """
        playbook: site
        cases:
          - name: the site is up after all
            answers: {what: error}
            actions:
              probe: {verdict: up}
            expect:
              path: [what, probe, verdict, fine]
              outcome: resolved
          - name: without a stub the probe is refused the network
            answers: {what: error}
            expect:
              path: [what, probe, verdict, keep, referred]
              checklist: [copy]
              refer: [secure_hosting]
        """

    @Test("passing cases print PASS, coverage per playbook with branches not taken, and end with 'N passed, N failed'")
    func passing() throws {
        let folder = try PlaybookBinary.folder(["infrastructure/site.yaml": Self.site, "infrastructure/site.test.yaml": Self.passing])
        let result = try PlaybookBinary.run(["test", "--library", folder])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("PASS  \(folder)/infrastructure/site.test.yaml: the site is up after all"))
        #expect(lines.contains("site: 3/4 branches (75%)"))
        #expect(lines.contains("  not taken: what: chose “Strange pages” (defaced) (\(folder)/infrastructure/site.yaml:13:9)"))
        #expect(lines.last(where: { !$0.isEmpty }) == "2 passed, 0 failed")
        #expect(result.stdout.hasSuffix("2 passed, 0 failed\n"))
    }

    @Test("--min-coverage fails a playbook below it, exit 1")
    func minimumCoverage() throws {
        let folder = try PlaybookBinary.folder(["site.yaml": Self.site, "site.test.yaml": Self.passing])
        let below = try PlaybookBinary.run(["test", "--library", folder, "--min-coverage", "100"])
        #expect(below.status == 1)
        #expect(below.stdout.contains("  below the minimum of 100%"))
        #expect(below.stdout.hasSuffix("2 passed, 0 failed\n"))
        let enough = try PlaybookBinary.run(["test", "--library", folder, "--min-coverage", "75"])
        #expect(enough.status == 0)
    }

    @Test("a failing expectation prints file:line:column and a diff of the paths, exit 1")
    func failing() throws {
        let failing = """
            playbook: site
            cases:
              - name: wrong way
                answers: {what: defaced}
                expect:
                  path: [what, probe, keep, referred]
                  outcome: resolved
            """
        let folder = try PlaybookBinary.folder(["site.yaml": Self.site, "site.test.yaml": failing])
        let file = folder + "/site.test.yaml"
        let result = try PlaybookBinary.run(["test", file, "--library", folder])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("FAIL  \(file): wrong way"))
        let at = try #require(lines.firstIndex(of: "\(file):6:13: error: the path differs from the expected one"))
        #expect(Array(lines[(at + 1)...(at + 5)]) == [
            "    path (- expected, + actual):", "      what", "    - probe", "      keep", "      referred",
        ])
        #expect(lines.contains("\(file):7:16: error: expected the outcome 'resolved', but it was 'referred'"))
        #expect(lines.last == "0 passed, 1 failed")
    }

    @Test("a test file beside its playbook is found when named directly, outside the library")
    func testFileOutsideLibrary() throws {
        let library = try PlaybookBinary.folder([:])
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        let folder = try PlaybookBinary.folder(["site.yaml": Self.site, "site.test.yaml": Self.passing])
        let result = try PlaybookBinary.run(["test", folder + "/site.test.yaml", "--library", library])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("2 passed, 0 failed\n"))
    }

    @Test("an unreadable test file is located and counts as a failure")
    func brokenFile() throws {
        let folder = try PlaybookBinary.folder(["site.yaml": Self.site, "site.test.yaml": "playbook: site\ncases: [\n"])
        let result = try PlaybookBinary.run(["test", "--library", folder])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(folder)/site.test.yaml:3:1: error: "))
        #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test("a playbook without tests has 0% coverage in the library")
    func untested() throws {
        let folder = try PlaybookBinary.folder(["site.yaml": Self.site])
        let result = try PlaybookBinary.run(["test", "--library", folder, "--min-coverage", "1"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("site: 0/4 branches (0%)"))
        #expect(result.stdout.hasSuffix("0 passed, 0 failed\n"))
    }
}
