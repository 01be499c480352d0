import Foundation
import PlaybookKit
import Testing

@testable import AttributionFacet

@Suite struct AttributionMatchTests {
    private static let plainList = """
        # Indicators shared by a partner CERT, 2026-11
        login.example[.]com   # fake login page
        EXAMPLE.NET
        203.0.113.0/24        # hosting range used for the campaign

        2001:db8:bad::/48
        hxxps://example.org/drop/kit.zip
        lure@example.test
        44D88612FEA8A8F36DE82E1278ABB02F
        """

    private static let bundle = """
        {
          "type": "bundle",
          "id": "bundle--6f1a4c5e-0000-4000-8000-000000000001",
          "objects": [
            {"type": "identity", "id": "identity--1", "name": "Partner CERT"},
            {"type": "indicator", "id": "indicator--1", "name": "Campaign domains",
             "pattern_type": "stix", "pattern": "[domain-name:value = 'phish.example.com'] OR [ipv4-addr:value = '198.51.100.7']"},
            {"type": "indicator", "id": "indicator--2", "name": "Dropper",
             "pattern_type": "stix", "pattern": "[file:hashes.'SHA-256' = '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f' OR file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']"},
            {"type": "indicator", "id": "indicator--3", "name": "Lure address",
             "pattern": "[email-addr:value = 'Sender@Example.org']"},
            {"type": "indicator", "id": "indicator--4", "name": "Beacon URL",
             "pattern_type": "stix", "pattern": "[url:value = 'https://example.com/beacon?id=\\\\'7\\\\'']"},
            {"type": "indicator", "id": "indicator--5", "name": "Both at once",
             "pattern_type": "stix", "pattern": "[ipv4-addr:value = '192.0.2.1' AND domain-name:value = 'example.org']"},
            {"type": "indicator", "id": "indicator--6", "name": "Lookalikes",
             "pattern_type": "stix", "pattern": "[domain-name:value LIKE '%example%']"},
            {"type": "indicator", "id": "indicator--7", "name": "Sigma rule",
             "pattern_type": "sigma", "pattern": "title: something"},
            {"type": "indicator", "id": "indicator--8", "name": "Withdrawn",
             "pattern_type": "stix", "revoked": true, "pattern": "[domain-name:value = 'old.example.com']"}
          ]
        }
        """

    /// A folder with the two lists, and a context allowing them.
    private struct Setup {
        let folder: URL
        let list: String
        let bundle: String
        var context: ActionContext

        init() throws {
            folder = try AttributionTestSupport.makeFolder()
            list = try AttributionTestSupport.write(AttributionMatchTests.plainList, to: "partner-list.txt", in: folder)
            bundle = try AttributionTestSupport.write(AttributionMatchTests.bundle, to: "campaign.json", in: folder)
            context = AttributionTestSupport.context(workspace: folder, files: [list, bundle])
        }

        func match(_ indicators: [Value], files: [String]? = nil) throws -> ActionResult {
            try AttributionTestSupport.run(
                "match-indicators",
                ["indicators": .list(indicators), "files": .list((files ?? [list, bundle]).map(Value.string))],
                context: context)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    private func summary(_ result: ActionResult) -> [String] {
        (result.outputs["matches"]?.list ?? []).compactMap(\.record).map { match in
            ["indicator", "source", "name", "listed"].map { match[$0]?.string ?? "?" }.joined(separator: " | ")
        }
    }

    @Test func matchesAPlainList() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let result = try setup.match(
            [
                "https://Login.Example.com/verify", "mail.example.net", "example.net", "203.0.113.77",
                "2001:db8:bad:1::9", "hxxps://example[.]org/drop/kit.zip", "LURE@example.test",
                "44d88612fea8a8f36de82e1278abb02f", "198.51.100.200", "someone@Example.net",
            ], files: [setup.list])
        #expect(
            summary(result) == [
                "https://login.example.com/verify | partner-list.txt | fake login page | login.example[.]com",
                "example.net | partner-list.txt |  | example[.]net",
                "203.0.113.77 | partner-list.txt | hosting range used for the campaign | 203.0.113[.]0/24",
                "2001:db8:bad:1::9 | partner-list.txt |  | 2001[:]db8[:]bad[:][:]/48",
                "https://example.org/drop/kit.zip | partner-list.txt |  | hxxps://example[.]org/drop/kit.zip",
                "lure@example.test | partner-list.txt |  | lure[@]example[.]test",
                "44d88612fea8a8f36de82e1278abb02f | partner-list.txt |  | 44d88612fea8a8f36de82e1278abb02f",
                "someone@example.net | partner-list.txt |  | example[.]net",
            ])
        #expect(result.outputs["matched"] == true)
        #expect(result.outputs["count"] == 8)
        #expect(result.outputs["checked"] == 10)
        #expect(result.outputs["listed"] == 7)
        #expect(result.outputs["skipped-patterns"] == 0)
    }

    @Test func matchesAStixBundleAndCountsSkippedPatterns() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let result = try setup.match(
            [
                "phish.example[.]com", "198.51.100.7",
                "275A021BBFB6489E54D471899F7DB9D1663FC695EC2FE2A2C4538AABF651FD0F",
                "sender@example.org", "https://example.com/beacon?id='7'", "192.0.2.1", "example.org",
                "old.example.com",
            ], files: [setup.bundle])
        #expect(
            summary(result) == [
                "phish.example.com | campaign.json | Campaign domains | phish.example[.]com",
                "198.51.100.7 | campaign.json | Campaign domains | 198.51.100[.]7",
                "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f | campaign.json | Dropper | 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
                "sender@example.org | campaign.json | Lure address | sender[@]example[.]org",
                "https://example.com/beacon?id='7' | campaign.json | Beacon URL | hxxps://example[.]com/beacon?id='7'",
            ])
        // AND (2 comparisons) + LIKE (1) + a non-STIX pattern (1) + a revoked indicator (1).
        #expect(result.outputs["skipped-patterns"] == 5)
        #expect(result.outputs["listed"] == 6)
    }

    @Test func acceptsTheRecordsExtractionGives() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let extracted = try AttributionTestSupport.run(
            "extract-indicators", ["text": "Click hxxps://phish.example[.]com/login now, from 198.51.100[.]7"])
        let indicators = try #require(extracted.outputs["indicators"]?.list)
        let defanged = AttributionTestSupport.strings(extracted.outputs["urls"])
        let fromRecords = try setup.match(indicators)
        let fromDefanged = try setup.match(defanged.map(Value.string))
        #expect(fromRecords.outputs["count"] == 2)
        #expect(fromDefanged.outputs["count"] == 1)
        let first = try #require(fromRecords.outputs["matches"]?.list?.first?.record)
        #expect(first["indicator"] == "https://phish.example.com/login")
        #expect(first["defanged"] == "hxxps://phish.example[.]com/login")
    }

    @Test func reportsNoMatchAsANormalOutcome() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let result = try setup.match(["unrelated.example.org", "192.0.2.200", ""])
        #expect(result.outputs["matched"] == false)
        #expect(result.outputs["count"] == 0)
        #expect(result.outputs["matches"] == [])
        #expect(result.outputs["checked"] == 2)
        #expect(result.messages.first == "None of the 2 indicators is in the lists.")
    }

    @Test func readsOnlyListsThePersonNamed() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let other = try AttributionTestSupport.write("example.com", to: "other.txt", in: setup.folder)
        #expect(throws: ActionError.fileNotAllowed(other)) {
            try setup.match(["example.com"], files: [other])
        }
        let missing = setup.folder.appendingPathComponent("missing.txt").path
        var context = setup.context
        context.files.allow(missing)
        #expect(throws: ActionError.fileUnavailable(missing, reason: "it does not exist or is not a regular file")) {
            try AttributionTestSupport.run(
                "match-indicators", ["indicators": ["example.com"], "files": .list([.string(missing)])],
                context: context)
        }
    }

    @Test func refusesFilesThatAreNotIndicatorLists() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let broken = try AttributionTestSupport.write(
            "{\"type\": \"bundle\", \"objects\": [", to: "broken.json", in: setup.folder)
        let report = try AttributionTestSupport.write("{\"type\": \"report\"}", to: "report.json", in: setup.folder)
        let binary = setup.folder.appendingPathComponent("image.bin")
        try Data([0xFF, 0xFE, 0x00, 0x81]).write(to: binary)
        var context = setup.context
        for path in [broken, report, binary.path] { context.files.allow(path) }
        func reason(_ path: String) -> String? {
            do {
                _ = try AttributionTestSupport.run(
                    "match-indicators", ["indicators": ["example.com"], "files": .list([.string(path)])],
                    context: context)
                return nil
            } catch {
                guard case .fileUnavailable(path, let reason) = error else { return "other" }
                return reason
            }
        }
        #expect(reason(broken) == "it starts like JSON but is not a readable STIX 2.1 bundle")
        #expect(reason(report) == "it is JSON but not a STIX bundle (its type is 'report')")
        #expect(reason(binary.path) == "it is not UTF-8 text; give a plain list or a STIX 2.1 JSON bundle")
    }

    @Test func refusesBadParameters() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(throws: ActionError.missingParameter("files")) {
            try AttributionTestSupport.run("match-indicators", ["indicators": ["example.com"]], context: setup.context)
        }
        #expect(throws: ActionError.missingParameter("indicators")) {
            try AttributionTestSupport.run(
                "match-indicators", ["files": .list([.string(setup.list)])], context: setup.context)
        }
        #expect(
            throws: ActionError.invalidParameter("files", "the list is empty; name at least one indicator list file")
        ) {
            try setup.match(["example.com"], files: [])
        }
        #expect(
            throws: ActionError.invalidParameter(
                "indicators", "item 2 is a number, expected text or a record with a 'value'")
        ) {
            try setup.match(["example.com", 3])
        }
        #expect(throws: ActionError.invalidParameter("files", "item 1 is a record, expected text")) {
            try AttributionTestSupport.run(
                "match-indicators", ["indicators": ["example.com"], "files": [["value": "x"]]], context: setup.context)
        }
        #expect(throws: ActionError.invalidParameter("indicators", "expected a list, got text")) {
            try AttributionTestSupport.run(
                "match-indicators", ["indicators": "example.com", "files": .list([.string(setup.list)])],
                context: setup.context)
        }
    }

    @Test func readsTheSupportedPartOfStixPatterns() {
        func read(_ pattern: String) -> (targets: [String], skipped: Int) {
            let parsed = StixPattern(parsing: pattern)
            return (parsed.targets.map(\.text), parsed.skipped)
        }
        #expect(
            read("[domain-name:value = 'example.com'] OR [ipv6-addr:value = '2001:DB8::1']") == (
                ["example.com", "2001:db8::1"], 0
            ))
        #expect(
            read("([domain-name:value = 'a.example.com'] OR ([email-message:from_ref.value = 'x@example.org']))") == (
                ["a.example.com", "x@example.org"], 0
            ))
        #expect(
            read("[file:hashes.SHA1 = '3395856ce81f2b7382dee72602f798b642f14140']") == (
                ["3395856ce81f2b7382dee72602f798b642f14140"], 0
            ))
        #expect(read("[ipv4-addr:value = '203.0.113.0/24']") == (["203.0.113.0/24"], 0))
        #expect(read("[url:value = 'https://example.com/a'] FOLLOWEDBY [domain-name:value = 'example.org']") == ([], 2))
        #expect(read("[domain-name:value = 'example.com'] REPEATS 5 TIMES WITHIN 10 SECONDS") == ([], 1))
        #expect(
            read("[domain-name:value = 'example.com'] START t'2026-01-01T00:00:00Z' STOP t'2026-02-01T00:00:00Z'") == (
                [], 1
            ))
        #expect(read("[process:name = 'evil.exe' OR domain-name:value = 'example.org']") == (["example.org"], 1))
        #expect(read("[ipv4-addr:value = 'example.com']") == ([], 1))
        #expect(read("[file:hashes.'SHA-512' = 'abc']") == ([], 1))
        #expect(read("[domain-name:value NOT = 'example.com']") == ([], 1))
        #expect(read("[domain-name:value = 'example.com'") == ([], 1))
        #expect(read("[domain-name:value = 'unterminated]") == ([], 1))
    }
}
