import Testing

@testable import PlaybookKit

@Suite("Responder directory entries")
struct OrganisationDecoderTests {
    static let entry = """
        id: example-helpline
        name: Example Helpline
        website: https://example.org
        summary: Answers digital emergencies.
        services: [digital_helpline, forensics]
        languages: [en, es]
        regions: [global]
        beneficiaries: [civil society]
        contacts:
          - kind: email
            value: help@example.org
            source: https://example.org/contact
            checked: 2026-11-01
        source: https://example.org/about
        checked: 2026-11-01
        """

    @Test("a sourced entry is read whole")
    func valid() throws {
        let root = try #require(try YAMLLoader().load(Array(Self.entry.utf8), file: "e.yaml"))
        let (organisation, found) = OrganisationDecoder.decode(root, source: Self.entry, today: LintHarness.today)
        #expect(found.isEmpty)
        #expect(organisation?.services == ["digital_helpline", "forensics"])
        #expect(organisation?.contacts.first?.value == "help@example.org")
        #expect(LintHarness().lint(["directory/example-helpline.yaml": Self.entry]).isEmpty)
    }

    @Test("unknown services, unsourced contacts and stale checks are reported")
    func problems() {
        let text = Self.entry
            .replacingOccurrences(of: "forensics]", with: "forensic]")
            .replacingOccurrences(of: "    source: https://example.org/contact\n", with: "")
            .replacingOccurrences(of: "2026-11-01", with: "2025-01-02")
        let found = LintHarness().lint(["directory/example-helpline.yaml": text])
        #expect(found.summaries == ["unknown-service@5:30", "missing-source@10:5", "stale-check@12:14", "stale-check@14:10"])
        #expect(found[0].message.contains("did you mean 'forensics'?"))
        #expect(found[2].severity == .warning)
    }

    @Test("the directory answers by service, language and region")
    func matching() {
        let a = Organisation(
            id: "a", name: "A", website: "https://a.example", summary: "", services: ["legal"], languages: ["en"],
            regions: ["global"], beneficiaries: [], source: "s", checked: "2026-11-01")
        let b = Organisation(
            id: "b", name: "B", website: "https://b.example", summary: "", services: ["legal", "forensics"],
            languages: ["es"], regions: ["latin-america"], beneficiaries: [], source: "s", checked: "2026-11-01")
        let directory = ResponderDirectory(organisations: [b, a])
        #expect(directory.organisations.map(\.id) == ["a", "b"])
        #expect(directory.matching(service: "legal").map(\.id) == ["a", "b"])
        #expect(directory.matching(service: "forensics").map(\.id) == ["b"])
        #expect(directory.matching(language: "es").map(\.id) == ["b"])
        #expect(directory.matching(region: "africa").map(\.id) == ["a"])
    }

    @Test("a playbook or a training case reviewed more than a year ago is a warning at its date; one in the future is an error")
    func staleReview() {
        let text = playbook("""
              done:
                end: resolved
            """)
        #expect(LintHarness().lint(["p.yaml": text]).isEmpty)
        let stale = text.replacingOccurrences(of: "reviewed: 2026-11-01", with: "reviewed: 2025-11-01")
        let found = LintHarness().lint(["p.yaml": stale])
        #expect(found.summaries == ["stale-review@5:11"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("re-check the advice") == true)
        let future = text.replacingOccurrences(of: "reviewed: 2026-11-01", with: "reviewed: 2027-01-01")
        #expect(LintHarness().lint(["p.yaml": future]).summaries == ["invalid-date@5:11"])
    }
}
