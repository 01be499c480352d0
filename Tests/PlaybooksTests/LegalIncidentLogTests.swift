import Foundation
import LegalFacet
import PlaybookKit
import Testing

@Suite struct LegalIncidentLogTests {
    /// 2026-11-27T12:00:00Z.
    private static let noon = Date(timeIntervalSince1970: TimeInterval(CalendarDate("2026-11-27")!.dayNumber) * 86_400 + 43_200)

    private let workspace: URL

    init() throws {
        workspace = FileManager.default.temporaryDirectory.appendingPathComponent("legal-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    }

    private var context: ActionContext {
        ActionContext(clock: FixedClock(start: Self.noon), workspace: workspace)
    }

    private func log(_ parameters: [String: Value], in context: ActionContext? = nil) throws(ActionError) -> ActionResult {
        try LegalFacet().perform(ActionRequest(name: "incident-log", parameters: parameters), context: context ?? self.context)
    }

    private func stored() throws -> IncidentLog {
        try JSONDecoder().decode(IncidentLog.self, from: Data(contentsOf: workspace.appendingPathComponent("incident-log.json")))
    }

    private func expectInvalid(_ name: String, _ parameters: [String: Value], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let error = #expect(throws: ActionError.self, sourceLocation: sourceLocation) { try log(parameters) }
        guard case .invalidParameter(let parameter, _) = error else {
            Issue.record("expected an invalid '\(name)', got \(String(describing: error))", sourceLocation: sourceLocation)
            return
        }
        #expect(parameter == name, sourceLocation: sourceLocation)
    }

    private let minimal: [String: Value] = [
        "when": "2026-11-20", "platform": "X", "description": "A fake account posted my home address.",
    ]

    @Test func firstEntryIsWrittenWithExportsOwnerOnly() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let result = try log([
            "when": "2026-11-20T21:15", "platform": "X", "link": "https://x.com/someone/status/1", "where": "online",
            "description": "A fake account posted my home address.", "evidence": ["screenshot-1.png", "sha256:ab12"],
        ])
        #expect(result.outputs["entries"] == .number(1))
        #expect(result.outputs["csv-file"] == "incident-log.csv")
        #expect(result.outputs["markdown-file"] == "incident-log.md")
        #expect(result.outputs["recorded"] == .string("2026-11-27T12:00:00Z"))
        let entry = try #require(try stored().entries.first)
        #expect(entry == IncidentEntry(
            number: 1, when: "2026-11-20T21:15", platform: "X", location: "online", link: "https://x.com/someone/status/1",
            description: "A fake account posted my home address.", evidence: ["screenshot-1.png", "sha256:ab12"],
            recorded: "2026-11-27T12:00:00Z"))
        for name in ["incident-log.json", "incident-log.csv", "incident-log.md"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: workspace.appendingPathComponent(name).path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name) must be owner-only")
        }
        let markdown = try String(contentsOf: workspace.appendingPathComponent("incident-log.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Incident log\n\n| # | When |"))
        #expect(markdown.contains("| 1 | 2026-11-20T21:15 | X | online |"))
        let csv = try String(contentsOf: workspace.appendingPathComponent("incident-log.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("number,when,platform,where,link,description,evidence,recorded\r\n1,2026-11-20T21:15,X,online,"))
    }

    @Test func laterEntriesAppendAndKeepEarlierOnes() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        _ = try log(minimal)
        let second = try log(["when": "2026-11-21", "platform": "WhatsApp", "description": "A threat by voice message."])
        #expect(second.outputs["entries"] == .number(2))
        let entries = try stored().entries
        #expect(entries.map(\.number) == [1, 2])
        #expect(entries.map(\.platform) == ["X", "WhatsApp"])
        let csv = try String(contentsOf: workspace.appendingPathComponent("incident-log.csv"), encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 3)
    }

    @Test func aMissingWorkspaceIsCreatedPrivate() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let nested = workspace.appendingPathComponent("session")
        _ = try log(minimal, in: ActionContext(clock: FixedClock(start: Self.noon), workspace: nested))
        let attributes = try FileManager.default.attributesOfItem(atPath: nested.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
        #expect(FileManager.default.fileExists(atPath: nested.appendingPathComponent("incident-log.json").path))
    }

    @Test(arguments: [
        "{not json", #"{"version": 1, "entries": [{"number": "one"}]}"#, #"{"entries": []}"#, #"{"version": 7, "entries": []}"#,
    ])
    func aDamagedLogIsAnErrorAndIsNeverOverwritten(content: String) throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        let url = workspace.appendingPathComponent("incident-log.json")
        try Data(content.utf8).write(to: url)
        let error = #expect(throws: ActionError.self) { try log(minimal) }
        guard case .failed(let message) = error else {
            Issue.record("expected a failure, got \(String(describing: error))")
            return
        }
        #expect(message.contains("damaged") && message.contains("incident-log.json"))
        #expect(try String(contentsOf: url, encoding: .utf8) == content)
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("incident-log.csv").path))
    }

    @Test(arguments: [
        ("2026-11-27 09:30", "2026-11-27T09:30"), ("2026-11-27T09:30:15Z", "2026-11-27T09:30:15Z"),
        ("2026-11-26T23:59+02:00", "2026-11-26T23:59+02:00"), ("2026-11-26T08:00:00-05:30", "2026-11-26T08:00:00-05:30"),
        (" 2026-02-28 ", "2026-02-28"),
    ])
    func datesAndDateTimesAreAcceptedAndNormalised(typed: String, stored expected: String) throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        _ = try log(minimal.merging(["when": .string(typed)]) { $1 })
        #expect(try stored().entries.first?.when == expected)
    }

    @Test(arguments: [
        "27/11/2026", "2026-02-30", "2026-11-27T25:00", "2026-11-27T10:60", "2026-11-27T10", "2026-11-27X10:00",
        "2026-11-27T10:00+2", "yesterday", "2027-01-15",
    ])
    func badOrFutureDatesAreRefused(when: String) {
        defer { try? FileManager.default.removeItem(at: workspace) }
        expectInvalid("when", minimal.merging(["when": .string(when)]) { $1 })
    }

    @Test func requiredTextMustBeGivenAndNotBlank() {
        defer { try? FileManager.default.removeItem(at: workspace) }
        #expect(throws: ActionError.missingParameter("description")) {
            try log(["when": "2026-11-20", "platform": "X"])
        }
        #expect(throws: ActionError.missingParameter("platform")) {
            try log(["when": "2026-11-20", "description": "x"])
        }
        expectInvalid("description", minimal.merging(["description": "  \n "]) { $1 })
        expectInvalid("platform", minimal.merging(["platform": .number(3)]) { $1 })
    }

    @Test func linksAndEvidenceAreChecked() {
        defer { try? FileManager.default.removeItem(at: workspace) }
        expectInvalid("link", minimal.merging(["link": "javascript:alert(1)"]) { $1 })
        expectInvalid("link", minimal.merging(["link": "ftp://example.org/file"]) { $1 })
        expectInvalid("evidence", minimal.merging(["evidence": [.number(1)]]) { $1 })
        expectInvalid("evidence", minimal.merging(["evidence": ["ok.png", "  "]]) { $1 })
        expectInvalid("evidence", minimal.merging(["evidence": "single.png"]) { $1 })
        #expect(!FileManager.default.fileExists(atPath: workspace.appendingPathComponent("incident-log.json").path))
    }

    @Test func optionalParametersMayBeNull() throws {
        defer { try? FileManager.default.removeItem(at: workspace) }
        _ = try log(minimal.merging(["link": .null, "where": .null, "evidence": .null]) { $1 })
        let entry = try #require(try stored().entries.first)
        #expect(entry.link == nil && entry.location == nil && entry.evidence.isEmpty)
    }
}
