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

    /// Analyses parsed headers, writing findings in `text`'s language; throws when none
    /// of the usual mail headers is there.
    init(_ headers: MailHeaders, text: FacetText = AttributionStrings.englishText) throws(ActionError) {
        let known = ["From", "Received", "Authentication-Results", "Return-Path", "Message-ID"]
        guard known.contains(where: headers.contains) else {
            throw .invalidParameter("headers", text("headers.not-headers"))
        }
        readAddresses(headers, text: text)
        readAuthentication(headers, text: text)
        readRoute(headers, text: text)
        if !headers.ignoredLines.isEmpty {
            let count = headers.ignoredLines.count
            let first = "\(headers.ignoredLines[0])"
            warnings.append(count == 1 ? text("headers.ignored.one", first) : text("headers.ignored.many", "\(count)", first))
        }
        if headers.hasBody {
            warnings.append(text("headers.body"))
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

    private mutating func readAddresses(_ headers: MailHeaders, text: FacetText) {
        let fromHeaders = headers.values("From")
        let fromAddresses = fromHeaders.first.map(MailAddress.list) ?? []
        from = fromAddresses.first
        if fromHeaders.isEmpty {
            warnings.append(text("headers.no-from"))
        } else if fromHeaders.count > 1 {
            warnings.append(text("headers.many-from", "\(fromHeaders.count)"))
        } else if fromAddresses.isEmpty {
            warnings.append(text("headers.unreadable-from"))
        } else if fromAddresses.count > 1 {
            warnings.append(text("headers.many-senders", "\(fromAddresses.count)"))
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
            warnings.append(text("headers.no-message-id"))
        }
        guard let from else { return }
        let fromDomain = from.domain
        if let returnPath, !returnPath.isEmpty {
            let domain = MailAddress(address: returnPath, displayName: "").domain
            if !EmailHeaderAnalysis.aligned(domain, fromDomain) {
                mismatches.append(
                    text("headers.return-path", Defanging.bracketingLastDot(domain), Defanging.bracketingLastDot(fromDomain)))
            }
        }
        for reply in replyTo where !EmailHeaderAnalysis.aligned(reply.domain, fromDomain) {
            mismatches.append(
                text("headers.reply-to", Defanging.bracketingLastDot(reply.domain), Defanging.bracketingLastDot(fromDomain)))
        }
        let shown = IndicatorExtractor.extract(from: from.displayName).filter { $0.kind == .email }
        for address in shown
        where !EmailHeaderAnalysis.aligned(MailAddress(address: address.value, displayName: "").domain, fromDomain) {
            mismatches.append(
                text("headers.display-name", address.defanged, Indicator(kind: .email, value: from.address).defanged))
        }
    }

    private mutating func readAuthentication(_ headers: MailHeaders, text: FacetText) {
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
            warnings.append(text("headers.spf-disagree", reported, receivedSPF))
        }
        spf = verdicts["spf"] ?? receivedSPF ?? fallback
        dkim = verdicts["dkim"] ?? fallback
        dmarc = verdicts["dmarc"] ?? fallback
        if reports.isEmpty, receivedSPF == nil {
            warnings.append(text("headers.no-authentication"))
        }
        for (name, verdict) in [("SPF", spf), ("DKIM", dkim), ("DMARC", dmarc)] {
            if let warning = EmailHeaderAnalysis.warning(check: name, verdict: verdict, text: text) { warnings.append(warning) }
        }
    }

    private mutating func readRoute(_ headers: MailHeaders, text: FacetText) {
        hops = headers.values("Received").reversed().map(ReceivedHop.init(parsing:))
        if hops.isEmpty {
            warnings.append(text("headers.no-received"))
        }
        let timed = hops.enumerated().compactMap { hop in hop.element.time.map { (hop.offset + 1, $0) } }
        for (earlier, later) in zip(timed, timed.dropFirst()) where later.1 < earlier.1.addingTimeInterval(-300) {
            warnings.append(text("headers.hop-order", "\(later.0)", "\(earlier.0)"))
            break
        }
    }

    /// Whether two domains belong together: the same, or one inside the other
    /// (`bounce.example.org` with `example.org`), as DMARC's relaxed alignment roughly does.
    static func aligned(_ one: String, _ other: String) -> Bool {
        one == other || one.hasSuffix("." + other) || other.hasSuffix("." + one)
    }

    private static func warning(check: String, verdict: String, text: FacetText) -> String? {
        switch (check, verdict) {
        case ("SPF", "fail"), ("SPF", "softfail"), ("SPF", "hardfail"):
            return text("headers.spf-fail", verdict)
        case ("DKIM", "fail"):
            return text("headers.dkim-fail")
        case ("DMARC", "fail"):
            return text("headers.dmarc-fail")
        case (_, "temperror"), (_, "permerror"):
            return text("headers.check-error", check, verdict)
        default:
            return nil
        }
    }
}
