import Foundation
import Testing

@Suite("playbook demo: the shipped case, golden transcript, public mode, handouts, rotations")
struct DemoCommandTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/under-attack.txt")

    /// Runs the demo over the shipped library with a fresh, empty data folder, and
    /// checks that the demo left the defender's data folder untouched.
    func demo(_ arguments: [String], input: String = "") throws -> PlaybookBinary.Result {
        let data = try PlaybookBinary.folder([:])
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let result = try PlaybookBinary.run(["demo", "--library", PlaybookBinary.shippedLibrary] + arguments, input: input, environment: ["XDG_DATA_HOME": data])
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).isEmpty, "a demo never writes to the session store")
        return result
    }

    @Test("--auto exits 0, shows every facet, and matches the golden transcript (UPDATE_GOLDEN=1 rewrites it)")
    func golden() throws {
        let result = try demo(["--auto"])
        #expect(result.status == 0, "\(result.stderr)")
        for facet in ["triage", "infrastructure", "attribution", "legal", "care"] {
            #expect(result.stdout.contains("(facet: \(facet))"))
        }
        #expect(result.stdout.contains("3 matches found."), "both lure links and the lure server match the shipped indicator list")
        #expect(!result.stdout.contains(NSTemporaryDirectory()), "no temporary path shows")
        #expect(result.stdout.contains("\n  Region: Latin America\n"), "the scenario's region, in words")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(result.stdout.utf8).write(to: Self.golden)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(result.stdout == expected, "the demo's transcript changed; if deliberate, run UPDATE_GOLDEN=1 swift test --filter DemoCommandTests")
        #expect(try demo(["--auto"]).stdout == result.stdout, "the same output on every run")
    }

    @Test("--public leaves out the acts marked public: false")
    func publicOnly() throws {
        let all = try demo(["--auto"])
        let shown = try demo(["--auto", "--public"])
        #expect(shown.status == 0)
        #expect(all.stdout.contains("A smear campaign and a \"false news\" complaint"))
        #expect(!shown.stdout.contains("A smear campaign and a \"false news\" complaint"))
        #expect(shown.stdout.contains("## Act 7 of 7: The team is exhausted and afraid"))
    }

    @Test("facilitator notes and questions for the room only with --notes")
    func notes() throws {
        let plain = try demo(["--auto"]).stdout
        #expect(!plain.contains("Facilitator notes:"))
        #expect(!plain.contains("Questions for the room:"))
        let notes = try demo(["--auto", "--notes"]).stdout
        #expect(notes.contains("Facilitator notes:"))
        #expect(notes.contains("Questions for the room:\n  • Marta is not sure that Tomás is safe."))
    }

    @Test("the handout in Markdown and HTML: the case, each responder, the playbooks and real organisations by service; the facilitator's page with --notes")
    func handout() throws {
        let folder = try PlaybookBinary.folder([:])
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let markdown = folder + "/handout.md"
        let result = try demo(["--handout", markdown])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(text.hasPrefix("# Help, we are under attack"))
        #expect(text.contains("## The case"))
        #expect(text.contains("Told by: hosting provider. Part of the response: Infrastructure."))
        #expect(text.contains("(`playbook run website-down`)"))
        #expect(text.contains("### Protection against DDoS attacks"))
        #expect(text.contains("Deflect"), "an organisation of the directory offering DDoS protection")
        #expect(!text.contains("which ended") && !text.contains("scalated") && !text.contains("For the facilitator"), "participants do not learn how the acts end")
        #expect(result.stdout.contains("--notes adds the facilitator's page"))
        let attributes = try FileManager.default.attributesOfItem(atPath: markdown)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let html = folder + "/handout.html"
        #expect(try demo(["--handout", html, "--format", "html", "--public"]).status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<h2>The case</h2>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("complaint"), "the public handout leaves out the non-public act")
        let withNotes = folder + "/facilitator.md"
        #expect(try demo(["--handout", withNotes, "--notes"]).stdout.contains("with the facilitator's page at the end"))
        let full = try String(contentsOfFile: withNotes, encoding: .utf8)
        #expect(full.hasPrefix(text), "the participants' pages come first, unchanged")
        #expect(full.contains("# For the facilitator: Help, we are under attack"))
        #expect(full.contains("Questions for the room:"))
    }

    @Test("presenter mode: Enter advances, b goes back, q quits")
    func presenter() throws {
        let result = try demo([], input: "\n\nb\nq\n")
        #expect(result.status == 0)
        let acts = result.stdout.components(separatedBy: "## Act ").dropFirst().map { String($0.prefix(1)) }
        #expect(acts == ["1", "2", "1"])
    }

    @Test("--rotations prints a plan and a countdown per rotation on the fixed clock")
    func rotations() throws {
        let result = try demo(["--auto", "--public", "--rotations", "3", "--minutes", "2"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Rotation plan: 4 groups, 4 tables, 3 rotations of 2 minutes"))
        #expect(result.stdout.contains("Rotation 3 of 3: 2 minutes"))
        #expect(result.stdout.components(separatedBy: "1 minute left").count == 4)
    }

    @Test("an unknown scenario is an error with a suggestion")
    func unknown() throws {
        let result = try demo(["under-atack", "--auto"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean 'under-attack'"))
    }
}
