import Foundation
import PlaybookKit
import Testing

@testable import AttributionFacet

@Suite struct AttributionReportTests {
    /// Runs `name` and wraps its result as the session would record it.
    private func record(_ name: String, _ parameters: [String: Value], context: ActionContext) throws -> ActionRecord {
        let result = try AttributionTestSupport.run(name, parameters, context: context)
        return ActionRecord(step: name, action: "attribution." + name, parameters: parameters, result: result)
    }

    @Test func summarisesEveryActionTheSessionRan() throws {
        let folder = try AttributionTestSupport.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let screenshot = try AttributionTestSupport.write("abc", to: "threat|1.png", in: folder)
        let list = try AttributionTestSupport.write("phish.example.com # fake bank", to: "list.txt", in: folder)
        let context = AttributionTestSupport.context(
            workspace: folder.appendingPathComponent("workspace"), files: [screenshot, list])
        let records = [
            try record(
                "extract-indicators", ["text": "Log in at https://phish.example.com/login from 198.51.100.7"],
                context: context),
            try record(
                "email-headers",
                [
                    "headers": """
                    Received: from [192.0.2.44] by mx.example.org with ESMTP; Tue, 5 Mar 2024 10:03:05 +0000
                    Authentication-Results: mx.example.org; spf=fail; dkim=none; dmarc=fail
                    From: "Bank" <notice@example.net>
                    Reply-To: recover@example.test
                    Message-ID: <1@example.net>
                    """
                ], context: context),
            try record(
                "match-indicators",
                ["indicators": ["https://phish.example.com/login"], "files": .list([.string(list)])], context: context),
            try record("hash-evidence", ["path": .string(screenshot), "description": "the threat"], context: context),
            try record("verify-evidence", [:], context: context),
        ]
        let section = try #require(AttributionFacet().reportSection(for: records))
        #expect(section.title == "Attribution and forensics")
        let markdown = section.markdown
        #expect(markdown.contains("- URL: `hxxps://phish.example[.]com/login`"))
        #expect(markdown.contains("- IPv4 address: `198.51.100[.]7`"))
        #expect(!markdown.contains("https://"))
        #expect(markdown.contains("- From: `notice[@]example[.]net` (`Bank`)"))
        #expect(markdown.contains("- SPF: fail, DKIM: none, DMARC: fail"))
        #expect(markdown.contains("- Mismatch: Replies would go to example\\[.\\]test"))
        #expect(
            markdown.contains(
                "1. from `[192.0.2[.]44]` at `192.0.2[.]44` by `mx.example[.]org` with ESMTP, 2024-03-05T10:03:05Z"))
        #expect(
            markdown.contains(
                "- `hxxps://phish.example[.]com/login` in `list.txt`: `fake bank` (listed as `phish.example[.]com`)"))
        #expect(
            markdown.contains(
                "| 1 | 2026-11-18T11:06:40Z | `threat\\|1.png` | 3 | `ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad` |"
            ))
        #expect(markdown.contains("Each entry recorded in this session matches its hash and follows the one before it"))
        #expect(
            markdown.contains(
                "Last check of the log file: the evidence log verifies: 1 entry, none changed, removed or reordered."))
    }

    @Test func noticesARecordWhoseHashNoLongerHolds() throws {
        let folder = try AttributionTestSupport.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try AttributionTestSupport.write("abc", to: "a.txt", in: folder)
        let context = AttributionTestSupport.context(workspace: folder, files: [file])
        var first = try record("hash-evidence", ["path": .string(file)], context: context)
        let second = try record("hash-evidence", ["path": .string(file)], context: context)
        first.result.outputs["sha256"] = .string(String(repeating: "0", count: 64))
        let markdown = try #require(AttributionFacet().reportSection(for: [first, second])).markdown
        #expect(markdown.contains("Entry 1 as recorded in this session does not match its hash"))
    }

    @Test func noticesEntriesThatNoLongerFollowEachOther() throws {
        let folder = try AttributionTestSupport.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try AttributionTestSupport.write("abc", to: "a.txt", in: folder)
        let first = try record(
            "hash-evidence", ["path": .string(file)],
            context: AttributionTestSupport.context(workspace: folder, files: [file]))
        let otherWorkspace = folder.appendingPathComponent("other")
        _ = try record(
            "hash-evidence", ["path": .string(file), "description": "another file"],
            context: AttributionTestSupport.context(workspace: otherWorkspace, files: [file]))
        let second = try record(
            "hash-evidence", ["path": .string(file)],
            context: AttributionTestSupport.context(workspace: otherWorkspace, files: [file]))
        let markdown = try #require(AttributionFacet().reportSection(for: [first, second])).markdown
        #expect(markdown.contains("Entry 2 does not follow entry 1"))
    }

    @Test func tellsThePersonWhenTheLogFileNoLongerVerifies() throws {
        let folder = try AttributionTestSupport.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try AttributionTestSupport.write("abc", to: "a.txt", in: folder)
        let context = AttributionTestSupport.context(workspace: folder, files: [file])
        let hashed = try record("hash-evidence", ["path": .string(file)], context: context)
        let url = folder.appendingPathComponent(EvidenceLog.fileName)
        var entries = try EvidenceLog.load(from: FolderWorkspace(url.deletingLastPathComponent())).entries
        entries[0].file = "other.txt"
        try EvidenceLog(entries: entries).save(to: FolderWorkspace(url.deletingLastPathComponent()))
        let verified = try record("verify-evidence", [:], context: context)
        let markdown = try #require(AttributionFacet().reportSection(for: [hashed, verified])).markdown
        #expect(markdown.contains("Last check of the log file: entry 1 was changed after it was recorded"))
        #expect(markdown.contains("Keep the log file as it is and show it to a helper."))
    }

    @Test func leavesOutWhatTheSessionDidNotDo() throws {
        let extracted = try record(
            "extract-indicators", ["text": "nothing to see"],
            context: AttributionTestSupport.context(workspace: FileManager.default.temporaryDirectory))
        #expect(AttributionFacet().reportSection(for: [extracted]) == nil)
        let other = ActionRecord(
            step: "s", action: "legal.deadline", parameters: [:], result: ActionResult(outputs: [:]))
        #expect(AttributionFacet().reportSection(for: [other]) == nil)
    }

    @Test func keepsSessionTextFromBecomingMarkdown() {
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("`x") == "`` `x ``")
        #expect(MarkdownText.plain("[click](http://x)\n| *cell* <b>") == "\\[click\\](http://x) \\| \\*cell\\* \\<b\\>")
    }
}
