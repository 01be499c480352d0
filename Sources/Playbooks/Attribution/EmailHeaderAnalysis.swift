import PlaybookKit

/// What pasted mail headers say about where a message came from: who it claims to be
/// from, where replies and bounces would go, what the recipient's server concluded
/// from SPF, DKIM and DMARC, and the path of servers it took. It points at what to
/// look at; it cannot prove who sent a message.
struct EmailHeaderAnalysis: Hashable, Sendable {
    /// The first address of the first From header; nil when there is none.
    var from: MailAddress?
    /// The Return-Path (bounce) address; empty for the null path `<>`, nil when absent.
    var returnPath: String?
    /// The Reply-To addresses.
    var replyTo: [MailAddress] = []
    /// The domain of the Message-ID, or empty.
    var messageIDDomain = ""
    /// Sentences explaining each address that does not belong with the From domain.
    var mismatches: [String] = []
    /// The SPF, DKIM and DMARC verdicts: a result word, `none` or `absent`.
    var spf = "absent", dkim = "absent", dmarc = "absent"
    /// The Received hops, from where the message started to where it arrived.
    var hops: [ReceivedHop] = []
    /// Things the person should know, in plain words.
    var warnings: [String] = []

    /// Analyses parsed headers; throws when none of the usual mail headers is there.
    init(_ headers: MailHeaders) throws(ActionError) {
        let known = ["From", "Received", "Authentication-Results", "Return-Path", "Message-ID"]
        guard known.contains(where: headers.contains) else {
            throw .invalidParameter(
                "headers",
                "none of the usual mail headers (From, Received, Authentication-Results) were found; paste the message's original headers"
            )
        }
        readAddresses(headers)
        readAuthentication(headers)
        readRoute(headers)
        if !headers.ignoredLines.isEmpty {
            let count = headers.ignoredLines.count
            warnings.append(
                "\(count) line\(count == 1 ? " was" : "s were") not headers and ignored (first at line \(headers.ignoredLines[0])); check that the paste is complete."
            )
        }
        if headers.hasBody {
            warnings.append("The text after the first blank line was taken as the message body and not analysed.")
        }
    }

    /// Whether any address does not belong with the From domain.
    var mismatch: Bool { !mismatches.isEmpty }

    /// The outputs of the `email-headers` action.
    var outputs: [String: Value] {
        [
            "from": .string(from?.address ?? ""),
            "from-name": .string(from?.displayName ?? ""),
            "from-domain": .string(from?.domain ?? ""),
            "return-path": .string(returnPath ?? ""),
            "reply-to": .string(replyTo.map(\.address).joined(separator: ", ")),
            "message-id-domain": .string(messageIDDomain),
            "mismatch": .bool(mismatch),
            "mismatches": .list(mismatches.map(Value.string)),
            "spf": .string(spf),
            "dkim": .string(dkim),
            "dmarc": .string(dmarc),
            "hops": .list(hops.enumerated().map { $0.element.record(index: $0.offset + 1) }),
            "warnings": .list(warnings.map(Value.string)),
        ]
    }

    private mutating func readAddresses(_ headers: MailHeaders) {
        let fromHeaders = headers.values("From")
        let fromAddresses = fromHeaders.first.map(MailAddress.list) ?? []
        from = fromAddresses.first
        if fromHeaders.isEmpty {
            warnings.append("There is no From header, so the sender cannot be compared with anything.")
        } else if fromHeaders.count > 1 {
            warnings.append(
                "There are \(fromHeaders.count) From headers; a message has only one, so some were probably added to deceive. Only the first was used."
            )
        } else if fromAddresses.isEmpty {
            warnings.append("The From header holds no readable address.")
        } else if fromAddresses.count > 1 {
            warnings.append("The From header names \(fromAddresses.count) senders; only the first was compared.")
        }
        if let value = headers.values("Return-Path").first {
            returnPath = MailAddress.list(in: value).first?.address ?? ""
        }
        replyTo = headers.values("Reply-To").flatMap(MailAddress.list)
        if let messageID = headers.values("Message-ID").first {
            let inner = messageID.trimmingWhitespace().split(separator: ">").first ?? ""
            if let at = inner.lastIndex(of: "@"), let host = IndicatorSyntax.host(inner[inner.index(after: at)...]) {
                messageIDDomain = host.value
            }
        } else {
            warnings.append("There is no Message-ID header; mail servers nearly always add one.")
        }
        guard let from else { return }
        let fromDomain = from.domain
        if let returnPath, !returnPath.isEmpty {
            let domain = MailAddress(address: returnPath, displayName: "").domain
            if !EmailHeaderAnalysis.aligned(domain, fromDomain) {
                mismatches.append(
                    "The Return-Path (bounce) domain \(Defanging.bracketingLastDot(domain)) differs from the From domain \(Defanging.bracketingLastDot(fromDomain)); usual for newsletters and mailing lists, but also a sign of a forged sender."
                )
            }
        }
        for reply in replyTo where !EmailHeaderAnalysis.aligned(reply.domain, fromDomain) {
            mismatches.append(
                "Replies would go to \(Defanging.bracketingLastDot(reply.domain)), not to the From domain \(Defanging.bracketingLastDot(fromDomain)): a common trick to receive the answers to a forged message."
            )
        }
        let shown = IndicatorExtractor.extract(from: from.displayName).filter { $0.kind == .email }
        for address in shown
        where !EmailHeaderAnalysis.aligned(MailAddress(address: address.value, displayName: "").domain, fromDomain) {
            mismatches.append(
                "The sender's name shows \(address.defanged), but the message is from \(Indicator(kind: .email, value: from.address).defanged)."
            )
        }
    }

    private mutating func readAuthentication(_ headers: MailHeaders) {
        let reports = headers.values("Authentication-Results").map(AuthenticationResults.init)
        var verdicts: [String: String] = [:]
        for report in reports {
            for method in ["spf", "dkim", "dmarc"] where verdicts[method] == nil {
                if let verdict = report.verdict(method) { verdicts[method] = verdict }
            }
        }
        let noChecks = reports.contains { $0.ranNoChecks }
        let fallback = noChecks ? "none" : "absent"
        let receivedSPF = headers.values("Received-SPF").first?.split(whereSeparator: \.isWhitespace).first
            .map(AuthenticationResults.keyword).flatMap { $0.isEmpty ? nil : $0 }
        if let receivedSPF, let reported = verdicts["spf"], reported != receivedSPF {
            warnings.append(
                "Authentication-Results says SPF \(reported) but Received-SPF says \(receivedSPF); the first was used."
            )
        }
        spf = verdicts["spf"] ?? receivedSPF ?? fallback
        dkim = verdicts["dkim"] ?? fallback
        dmarc = verdicts["dmarc"] ?? fallback
        if reports.isEmpty, receivedSPF == nil {
            warnings.append(
                "No Authentication-Results or Received-SPF header was found, so SPF, DKIM and DMARC cannot be read here; copy the full original headers from the recipient's mailbox."
            )
        }
        for (name, verdict) in [("SPF", spf), ("DKIM", dkim), ("DMARC", dmarc)] {
            if let warning = EmailHeaderAnalysis.warning(check: name, verdict: verdict) { warnings.append(warning) }
        }
    }

    private mutating func readRoute(_ headers: MailHeaders) {
        hops = headers.values("Received").reversed().map(ReceivedHop.init(parsing:))
        if hops.isEmpty {
            warnings.append(
                "There are no Received headers, so the path the message took is unknown; these may be the headers of a sent message, or only part of them."
            )
        }
        let timed = hops.enumerated().compactMap { hop in hop.element.time.map { (hop.offset + 1, $0) } }
        for (earlier, later) in zip(timed, timed.dropFirst()) where later.1 < earlier.1.addingTimeInterval(-300) {
            warnings.append(
                "Hop \(later.0) says it received the message before hop \(earlier.0) sent it; a server clock is wrong or a Received header was forged."
            )
            break
        }
    }

    /// Whether two domains belong together: the same, or one inside the other
    /// (`bounce.example.org` with `example.org`), as DMARC's relaxed alignment roughly does.
    static func aligned(_ one: String, _ other: String) -> Bool {
        one == other || one.hasSuffix("." + other) || other.hasSuffix("." + one)
    }

    private static func warning(check: String, verdict: String) -> String? {
        switch (check, verdict) {
        case ("SPF", "fail"), ("SPF", "softfail"), ("SPF", "hardfail"):
            return
                "SPF \(verdict): the server that delivered the message is not one the sender's domain allows to send its mail."
        case ("DKIM", "fail"):
            return "DKIM fail: the message's signature does not match; it was changed on the way or forged."
        case ("DMARC", "fail"):
            return
                "DMARC fail: the From domain's owner did not authorise this message; treat the sender as likely forged."
        case (_, "temperror"), (_, "permerror"):
            return "\(check) could not be checked (\(verdict)); it neither confirms nor rules out a forged sender."
        default:
            return nil
        }
    }
}
