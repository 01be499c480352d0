import PlaybookKit
import Testing

@testable import AttributionFacet

@Suite struct AttributionExtractTests {
    private func extract(_ text: String) throws -> ActionResult {
        try AttributionTestSupport.run("extract-indicators", ["text": .string(text)])
    }

    private func values(_ result: ActionResult) -> [String] {
        (result.outputs["indicators"]?.list ?? []).compactMap { $0.record?["value"]?.string }
    }

    @Test func findsEveryKindInAPhishingMessage() throws {
        let message = """
            Dear Ana,
            your account will be closed. Verify now at hxxps://login.example[.]org/verify?id=42 (urgent).
            Questions? Write to support[at]example[.]com or call us.
            Our servers 198.51.100[.]7 and 2001:db8::1 are safe.
            Attachment: report.pdf (version 1.2.3), checksum 44d88612fea8a8f36de82e1278abb02f.
            Mirror: www.example.net.
            """
        let result = try extract(message)
        #expect(
            values(result) == [
                "https://login.example.org/verify?id=42", "support@example.com", "198.51.100.7", "2001:db8::1",
                "44d88612fea8a8f36de82e1278abb02f", "www.example.net",
            ])
        #expect(result.outputs["count"] == 6)
        #expect(AttributionTestSupport.strings(result.outputs["urls"]) == ["hxxps://login.example[.]org/verify?id=42"])
        #expect(AttributionTestSupport.strings(result.outputs["emails"]) == ["support[@]example[.]com"])
        #expect(AttributionTestSupport.strings(result.outputs["ipv4"]) == ["198.51.100[.]7"])
        #expect(AttributionTestSupport.strings(result.outputs["ipv6"]) == ["2001[:]db8[:][:]1"])
        #expect(AttributionTestSupport.strings(result.outputs["domains"]) == ["www.example[.]net"])
        #expect(AttributionTestSupport.strings(result.outputs["hashes"]) == ["44d88612fea8a8f36de82e1278abb02f"])
        #expect(result.messages == ["6 indicators found."])
    }

    @Test func givesRecordsWithTypeValueAndDefangedForm() throws {
        let result = try extract("Go to https://example.org/path and email someone@example.org")
        #expect(
            result.outputs["indicators"] == [
                ["type": "url", "value": "https://example.org/path", "defanged": "hxxps://example[.]org/path"],
                ["type": "email", "value": "someone@example.org", "defanged": "someone[@]example[.]org"],
            ])
    }

    @Test func deduplicatesDomainsWithoutRegardToCase() throws {
        let result = try extract("EXAMPLE.ORG, example.org and example[.]org again, then Example.org.")
        #expect(values(result) == ["example.org"])
    }

    @Test func ignoresVersionNumbersFileNamesAndSentenceJoins() throws {
        let text = """
            Update to 1.2.3 or 10.4.2.1.7 today. See report.pdf, invoice.zip, notes.txt and photo.JPG.
            It ended.Next day nothing. Build 20240305 finished; e.g. the log.
            """
        #expect(try extract(text).outputs["count"] == 0)
    }

    @Test func dropsTrailingPunctuationButKeepsBalancedBrackets() throws {
        let result = try extract(
            "(see https://example.com/a_(b)), then https://example.com/page.\nAlso 'https://example.org/q?x=1';")
        #expect(
            values(result) == ["https://example.com/a_(b)", "https://example.com/page", "https://example.org/q?x=1"])
    }

    @Test func readsDefangingVariants() throws {
        let text = """
            hXXp://example(.)com/login  fxp://files.example{.}org/kit
            someone (at) example [dot] org  other[@]example[.]net
            203.0.113(.)5  https[:]//example[.]com[/]x
            """
        #expect(
            values(try extract(text)) == [
                "http://example.com/login", "ftp://files.example.org/kit", "someone@example.org",
                "other@example.net", "203.0.113.5", "https://example.com/x",
            ])
    }

    @Test func defangedOutputRoundTrips() throws {
        let original = try extract(
            "http://[2001:db8::7]:8080/x https://user@example.org/ 192.0.2.1 a.b@example.com example.net")
        let shared = (original.outputs["indicators"]?.list ?? []).compactMap { $0.record?["defanged"]?.string }
        #expect(shared.allSatisfy { !$0.contains("http") && !$0.contains("example.") })
        let again = try extract(shared.joined(separator: "\n"))
        #expect(values(again) == values(original))
        #expect(values(original).count == 5)
    }

    @Test func findsAllHashLengthsButNotLongNumbers() throws {
        let text = """
            md5 44D88612FEA8A8F36DE82E1278ABB02F
            sha1 3395856ce81f2b7382dee72602f798b642f14140
            sha256 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f
            account 12345678901234567890123456789012
            """
        let result = try extract(text)
        let kinds = (result.outputs["indicators"]?.list ?? []).compactMap { $0.record?["type"]?.string }
        #expect(kinds == ["md5", "sha1", "sha256"])
        #expect(values(result).first == "44d88612fea8a8f36de82e1278abb02f")
    }

    @Test func findsAddressesInsideReceivedHeaders() throws {
        let text = "Received: from [IPv6:2001:db8::5] (host.example.net [198.51.100.23]) by mx.example.org"
        #expect(values(try extract(text)) == ["2001:db8::5", "host.example.net", "198.51.100.23", "mx.example.org"])
    }

    @Test func doesNotTakeTimesOrCodeForIPv6() throws {
        #expect(try extract("at 10:30:00 call std::cout and a MAC 00:11:22:33:44:55").outputs["count"] == 0)
    }

    @Test func canonicalisesIPv6AndRefusesLeadingZerosInIPv4() throws {
        let result = try extract(
            "2001:DB8:0:0:0:0:0:1 and 2001:db8::1 and 010.1.1.1; 2001:db8::a: down, 2001:db8:: up.")
        #expect(values(result) == ["2001:db8::1", "2001:db8::a", "2001:db8::"])
    }

    @Test func returnsNothingForEmptyText() throws {
        let result = try extract("   ")
        #expect(result.outputs["count"] == 0)
        #expect(result.outputs["indicators"] == [])
        #expect(result.messages == ["No indicators found."])
    }

    @Test func refusesMissingOrWrongText() {
        #expect(throws: ActionError.missingParameter("text")) {
            try AttributionTestSupport.run("extract-indicators", [:])
        }
        #expect(throws: ActionError.invalidParameter("text", "expected text, got a number")) {
            try AttributionTestSupport.run("extract-indicators", ["text": 42])
        }
    }

    @Test func refusesTextLongerThanTheLimit() {
        let text = String(repeating: "a", count: IndicatorExtractor.maximumLength + 1)
        #expect {
            try AttributionTestSupport.run("extract-indicators", ["text": .string(text)])
        } throws: { error in
            guard case .invalidParameter("text", _) = error as? ActionError else { return false }
            return true
        }
    }

    @Test func refangsWithoutTouchingOrdinaryText() {
        #expect(Defanging.refang("hxxps://example[.]org/a[.]b") == "https://example.org/a.b")
        #expect(Defanging.refang("meet me (at the) office [at noon]") == "meet me (at the) office [at noon]")
        #expect(Defanging.defang("https://example.org/path") == "hxxps://example[.]org/path")
        #expect(Defanging.defang("203.0.113.0/24") == "203.0.113[.]0/24")
        #expect(Defanging.defang("not an indicator") == "not an indicator")
    }
}
