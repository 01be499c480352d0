import Foundation
import PlaybookKit
import Testing

@Suite struct AttributionEmailHeadersTests {
    private static let phishing = """
        Delivered-To: ana@example.org
        Received: from mx.example.org (mx.example.org [2001:db8::25])
                by inbox.example.org with LMTP id Qk2;
                Tue, 5 Mar 2024 10:03:10 +0000
        Received: from mail.example.net (mail.example.net. [203.0.113.25])
                by mx.example.org with ESMTPS id xyz
                for <ana@example.org>;
                Tue, 05 Mar 2024 02:03:09 -0800 (PST)
        Received: from [192.0.2.44] (unknown [192.0.2.44])
        \tby mail.example.net (Postfix) with ESMTPSA id 1234
        \tfor <ana@example.org>; Tue,  5 Mar 2024 10:03:05 +0000 (UTC)
        Authentication-Results: mx.example.org;
               dkim=fail header.i=@example.net header.s=s1;
               spf=softfail (mx.example.org: domain of bounce@mailer.example.test does not designate 203.0.113.25 as permitted sender) smtp.mailfrom=bounce@mailer.example.test;
               dmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=example.net
        Return-Path: <bounce@mailer.example.test>
        From: "Example Bank support@example.com" <notice@example.net>
        Reply-To: Recovery desk <recover@example.test>
        Subject: Your account is locked
        Message-ID: <1234.abcd@mail.example.net>
        """

    private func analyse(_ headers: String) throws -> ActionResult {
        try AttributionTestSupport.run("email-headers", ["headers": .string(headers)])
    }

    @Test func readsAddressesAndVerdicts() throws {
        let result = try analyse(Self.phishing)
        #expect(result.outputs["from"] == "notice@example.net")
        #expect(result.outputs["from-name"] == "Example Bank support@example.com")
        #expect(result.outputs["from-domain"] == "example.net")
        #expect(result.outputs["return-path"] == "bounce@mailer.example.test")
        #expect(result.outputs["reply-to"] == "recover@example.test")
        #expect(result.outputs["message-id-domain"] == "mail.example.net")
        #expect(result.outputs["spf"] == "softfail")
        #expect(result.outputs["dkim"] == "fail")
        #expect(result.outputs["dmarc"] == "fail")
        #expect(result.messages.first == "SPF softfail, DKIM fail, DMARC fail.")
    }

    @Test func explainsEachMismatch() throws {
        let result = try analyse(Self.phishing)
        #expect(result.outputs["mismatch"] == true)
        let mismatches = AttributionTestSupport.strings(result.outputs["mismatches"])
        #expect(mismatches.count == 3)
        #expect(
            mismatches[0].contains(
                "Return-Path (bounce) domain mailer.example[.]test differs from the From domain example[.]net"))
        #expect(mismatches[1].contains("Replies would go to example[.]test"))
        #expect(
            mismatches[2]
                == "The sender's name shows support[@]example[.]com, but the message is from notice[@]example[.]net.")
    }

    @Test func listsHopsFromOriginToRecipient() throws {
        let hops = try analyse(Self.phishing).outputs["hops"]?.list?.compactMap(\.record) ?? []
        #expect(hops.count == 3)
        #expect(hops.map { $0["index"] } == [1, 2, 3])
        #expect(hops.map { $0["from"] } == ["[192.0.2.44]", "mail.example.net", "mx.example.org"])
        #expect(hops.map { $0["ip"] } == ["192.0.2.44", "203.0.113.25", "2001:db8::25"])
        #expect(hops.map { $0["by"] } == ["mail.example.net", "mx.example.org", "inbox.example.org"])
        #expect(hops.map { $0["with"] } == ["ESMTPSA", "ESMTPS", "LMTP"])
        #expect(hops.map { $0["time"] } == ["2024-03-05T10:03:05Z", "2024-03-05T10:03:09Z", "2024-03-05T10:03:10Z"])
        #expect(hops[1]["date"] == "Tue, 05 Mar 2024 02:03:09 -0800 (PST)")
    }

    @Test func warnsAboutFailedChecksInPlainWords() throws {
        let warnings = AttributionTestSupport.strings(try analyse(Self.phishing).outputs["warnings"])
        #expect(warnings.count == 3)
        #expect(warnings[0].hasPrefix("SPF softfail:"))
        #expect(warnings[1].hasPrefix("DKIM fail:"))
        #expect(warnings[2].hasPrefix("DMARC fail:"))
    }

    @Test func acceptsAlignedSubdomainsAndTheNullReturnPath() throws {
        let aligned = """
            Received: from out.example.org (out.example.org [198.51.100.9]) by mx.example.com; Mon, 4 Mar 2024 09:00:00 +0100
            Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=example.org; dkim=pass header.d=example.org; dmarc=pass
            Return-Path: <bounces@lists.example.org>
            From: Ana <ana@example.org>
            Message-ID: <x@example.org>
            """
        let result = try analyse(aligned)
        #expect(result.outputs["mismatch"] == false)
        #expect(result.outputs["mismatches"] == [])
        #expect(result.outputs["warnings"] == [])
        #expect(result.outputs["spf"] == "pass")
        let bounce = try analyse(aligned.replacing("<bounces@lists.example.org>", with: "<>"))
        #expect(bounce.outputs["return-path"] == "")
        #expect(bounce.outputs["mismatch"] == false)
    }

    @Test func takesTheTopmostVerdictAndAnyPassingSignature() throws {
        let headers = """
            Authentication-Results: mx.example.com; dkim=fail header.d=example.net; dkim=pass header.d=example.org; dmarc=pass
            Authentication-Results: relay.example.net; dmarc=fail; spf=fail
            From: ana@example.org
            """
        let result = try analyse(headers)
        #expect(result.outputs["dkim"] == "pass")
        #expect(result.outputs["dmarc"] == "pass")
        #expect(result.outputs["spf"] == "fail")
    }

    @Test func keepsOnlyTheLettersOfAVerdict() throws {
        let result = try analyse(
            "Authentication-Results: mx.example.com; spf=PASS; dkim=<b>fail</b>; dmarc=[none]\nFrom: a@example.com")
        #expect(result.outputs["spf"] == "pass")
        #expect(result.outputs["dkim"] == "bfailb")
        #expect(result.outputs["dmarc"] == "none")
    }

    @Test func fallsBackOnReceivedSPFAndReportsAbsentChecks() throws {
        let headers = """
            Received-SPF: neutral (example.com: 192.0.2.8 is neither permitted nor denied) client-ip=192.0.2.8;
            From: someone@example.com
            Message-ID: <a@example.com>
            Received: from a.example.com by b.example.com; Mon, 4 Mar 2024 09:00:00 +0000
            """
        let result = try analyse(headers)
        #expect(result.outputs["spf"] == "neutral")
        #expect(result.outputs["dkim"] == "absent")
        #expect(result.outputs["dmarc"] == "absent")
        #expect(result.outputs["warnings"] == [])
    }

    @Test func warnsWhenNothingCanBeVerified() throws {
        let warnings = AttributionTestSupport.strings(
            try analyse("From: someone@example.com\nSubject: hi").outputs["warnings"])
        #expect(warnings.contains { $0.hasPrefix("There is no Message-ID header") })
        #expect(warnings.contains { $0.hasPrefix("No Authentication-Results or Received-SPF header") })
        #expect(warnings.contains { $0.hasPrefix("There are no Received headers") })
    }

    @Test func recordsNoneWhenTheServerRanNoChecks() throws {
        let result = try analyse("Authentication-Results: mx.example.com; none\nFrom: a@example.com")
        #expect(result.outputs["spf"] == "none")
        #expect(result.outputs["dmarc"] == "none")
    }

    @Test func warnsAboutHopsOutOfOrder() throws {
        let headers = """
            Received: from b.example.net by c.example.org; Tue, 5 Mar 2024 09:00:00 +0000
            Received: from a.example.net by b.example.net; Tue, 5 Mar 2024 11:00:00 +0000
            From: x@example.net
            """
        let warnings = AttributionTestSupport.strings(try analyse(headers).outputs["warnings"])
        #expect(warnings.contains { $0.hasPrefix("Hop 2 says it received the message before hop 1 sent it") })
    }

    @Test func decodesEncodedDisplayNamesBeforeComparing() throws {
        let name = Data("Support support@example.com".utf8).base64EncodedString()
        let result = try analyse("From: =?UTF-8?B?\(name)?= <alerts@example.net>")
        #expect(result.outputs["from-name"] == "Support support@example.com")
        #expect(result.outputs["mismatch"] == true)
        let quoted = try analyse("From: =?ISO-8859-1?Q?Jos=E9_P=E9rez?= <jose@example.org>")
        #expect(quoted.outputs["from-name"] == "José Pérez")
    }

    @Test func copesWithIndentedPastesWindowsLineEndingsAndABody() throws {
        let pasted =
            "    From: Ana <ana@example.org>\r\n    Reply-To: other@example.net\r\n    Received: from a.example.org\r\n      by b.example.org; Mon, 4 Mar 2024 09:00:00 +0000\r\n\r\n    Hello, click here: From: evil@example.com\r\n"
        let result = try analyse(pasted)
        #expect(result.outputs["from"] == "ana@example.org")
        #expect(result.outputs["reply-to"] == "other@example.net")
        #expect((result.outputs["hops"]?.list ?? []).first?.record?["by"] == "b.example.org")
        let warnings = AttributionTestSupport.strings(result.outputs["warnings"])
        #expect(
            warnings.contains("The text after the first blank line was taken as the message body and not analysed."))
    }

    @Test func flagsSeveralFromHeadersAndStrayLines() throws {
        let headers = """
            From: ana@example.org
            this line is not a header
            From: boss@example.com
            """
        let warnings = AttributionTestSupport.strings(try analyse(headers).outputs["warnings"])
        #expect(warnings.contains { $0.hasPrefix("There are 2 From headers") })
        #expect(warnings.contains { $0.hasPrefix("1 line was not headers and ignored (first at line 2)") })
    }

    @Test func refusesTextThatIsNotMailHeaders() {
        func reason(_ text: String) -> String? {
            do {
                _ = try analyse(text)
                return nil
            } catch {
                guard case .invalidParameter("headers", let reason) = error as? ActionError else { return "other" }
                return reason
            }
        }
        #expect(reason("") == "it is empty; paste the message's original headers")
        #expect(reason("just some words\nand more words")?.hasPrefix("no header lines were found") == true)
        #expect(reason("Note: remember the milk")?.hasPrefix("none of the usual mail headers") == true)
        #expect(
            reason(String(repeating: "X-Pad: 0123456789\n", count: 70_000))?.hasPrefix("it is longer than 1 MB") == true
        )
    }

    @Test func refusesAMissingOrNonTextParameter() {
        #expect(throws: ActionError.missingParameter("headers")) {
            try AttributionTestSupport.run("email-headers", [:])
        }
        #expect(throws: ActionError.invalidParameter("headers", "expected text, got a list")) {
            try AttributionTestSupport.run("email-headers", ["headers": ["From: a@example.org"]])
        }
    }
}
