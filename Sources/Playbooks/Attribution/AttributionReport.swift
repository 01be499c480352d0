import PlaybookKit

/// The attribution part of a session's report, built only from what the session's
/// actions returned: indicators found (defanged), header findings, list matches, and
/// the evidence entries with a check that their recorded hashes still hold.
struct AttributionReport {
    private var indicators: [(kind: String, defanged: String)] = []
    private var headerFindings: [[String: Value]] = []
    private var matches: [[String: Value]] = []
    private var evidence: [[String: Value]] = []
    private var lastVerification: [String: Value]?

    /// Collects the outputs of the facet's actions, in the order they ran.
    init(records: [ActionRecord]) {
        var seen = Set<String>()
        for record in records {
            let outputs = record.result.outputs
            switch record.action {
            case "attribution.extract-indicators":
                for item in outputs["indicators"]?.list ?? [] {
                    guard let fields = item.record, let kind = fields["type"]?.string,
                        let defanged = fields["defanged"]?.string, seen.insert(kind + " " + defanged).inserted
                    else { continue }
                    indicators.append((kind, defanged))
                }
            case "attribution.email-headers": headerFindings.append(outputs)
            case "attribution.match-indicators": matches += (outputs["matches"]?.list ?? []).compactMap(\.record)
            case "attribution.hash-evidence": evidence.append(outputs)
            case "attribution.verify-evidence": lastVerification = outputs
            default: break
            }
        }
    }

    /// The section, or nil when the facet's actions produced nothing to report.
    var section: ReportSection? {
        let parts = [indicatorPart, headerPart, matchPart, evidencePart].compactMap { $0 }
        guard !parts.isEmpty else { return nil }
        return ReportSection(title: "Attribution and forensics", markdown: parts.joined(separator: "\n\n") + "\n")
    }

    private var indicatorPart: String? {
        guard !indicators.isEmpty else { return nil }
        var lines = ["### Indicators found", "", "Defanged so that they cannot be opened by accident."]
        lines.append("")
        for (kind, defanged) in indicators {
            let label = IndicatorKind(rawValue: kind)?.label ?? kind
            lines.append("- \(MarkdownText.plain(label)): \(MarkdownText.code(defanged))")
        }
        return lines.joined(separator: "\n")
    }

    private var headerPart: String? {
        guard !headerFindings.isEmpty else { return nil }
        var lines = ["### E-mail headers"]
        for outputs in headerFindings {
            func text(_ key: String) -> String { outputs[key]?.string ?? "" }
            func list(_ key: String) -> [String] { (outputs[key]?.list ?? []).compactMap(\.string) }
            lines.append("")
            let name = text("from-name").isEmpty ? "" : " (" + MarkdownText.code(text("from-name")) + ")"
            lines.append("- From: " + address(text("from")) + name)
            lines.append("- Return-Path: " + address(text("return-path")))
            lines.append("- Reply-To: " + address(text("reply-to")))
            let verdicts = ["spf", "dkim", "dmarc"].map { MarkdownText.plain(text($0)) }
            lines.append("- SPF: \(verdicts[0]), DKIM: \(verdicts[1]), DMARC: \(verdicts[2])")
            let messageIDDomain = text("message-id-domain")
            if !messageIDDomain.isEmpty {
                lines.append("- Message-ID domain: " + MarkdownText.code(Defanging.defang(messageIDDomain)))
            }
            for mismatch in list("mismatches") { lines.append("- Mismatch: " + MarkdownText.plain(mismatch)) }
            for warning in list("warnings") { lines.append("- Warning: " + MarkdownText.plain(warning)) }
            let hops = (outputs["hops"]?.list ?? []).compactMap(\.record)
            if !hops.isEmpty {
                lines.append("")
                lines.append("Route, from where the message started to where it arrived:")
                lines.append("")
                for hop in hops { lines.append(hopLine(hop)) }
            }
        }
        return lines.joined(separator: "\n")
    }

    private var matchPart: String? {
        guard !matches.isEmpty else { return nil }
        var lines = ["### Indicators found in lists", ""]
        for match in matches {
            func text(_ key: String) -> String { match[key]?.string ?? "" }
            var line = "- \(MarkdownText.code(text("defanged"))) in \(MarkdownText.code(text("source")))"
            if !text("name").isEmpty { line += ": " + MarkdownText.code(text("name")) }
            if text("listed") != text("defanged") { line += " (listed as \(MarkdownText.code(text("listed"))))" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private var evidencePart: String? {
        guard !evidence.isEmpty || lastVerification != nil else { return nil }
        var lines = ["### Evidence log"]
        let entries = evidence.compactMap(AttributionReport.entry).sorted { $0.index < $1.index }
        if !entries.isEmpty {
            lines += [
                "", "| Entry | Recorded (UTC) | File | Size (bytes) | SHA-256 | Entry hash |",
                "| ---: | --- | --- | ---: | --- | --- |",
            ]
            for entry in entries {
                lines.append(
                    "| \(entry.index) | \(MarkdownText.plain(entry.time)) | \(MarkdownText.code(entry.file, inTable: true)) | \(entry.size) | \(MarkdownText.code(entry.sha256)) | \(MarkdownText.code(entry.entryHash)) |"
                )
            }
        }
        lines.append("")
        lines.append(AttributionReport.chainStatement(entries))
        if let lastVerification, let summary = lastVerification["summary"]?.string {
            let verified = lastVerification["verified"]?.bool == true
            lines.append("")
            lines.append(
                "Last check of the log file: " + MarkdownText.plain(summary)
                    + (verified ? "." : ". Keep the log file as it is and show it to a helper."))
        }
        return lines.joined(separator: "\n")
    }

    private func address(_ value: String) -> String {
        value.isEmpty ? "none" : MarkdownText.code(Defanging.defang(value))
    }

    private func hopLine(_ hop: [String: Value]) -> String {
        func text(_ key: String) -> String { hop[key]?.string ?? "" }
        let index = hop["index"]?.displayText ?? ""
        var line = "\(index). from " + (text("from").isEmpty ? "unknown" : MarkdownText.code(host(text("from"))))
        if !text("ip").isEmpty { line += " at " + MarkdownText.code(Defanging.defang(text("ip"))) }
        if !text("by").isEmpty { line += " by " + MarkdownText.code(host(text("by"))) }
        if !text("with").isEmpty { line += " with " + MarkdownText.plain(text("with")) }
        let time = text("time").isEmpty ? text("date") : text("time")
        if !time.isEmpty { line += ", " + MarkdownText.plain(time) }
        return line
    }

    /// A host name from a Received header, defanged, including address literals such
    /// as `[192.0.2.44]` and `[IPv6:2001:db8::5]`.
    private func host(_ value: String) -> String {
        guard value.hasPrefix("["), value.hasSuffix("]") else { return Defanging.defang(value) }
        var inner = value.dropFirst().dropLast()
        let prefix = inner.prefix(5).lowercased() == "ipv6:" ? String(inner.prefix(5)) : ""
        inner = inner.dropFirst(prefix.count)
        return "[" + prefix + Defanging.defang(String(inner)) + "]"
    }

    /// An evidence entry rebuilt from a `hash-evidence` result, keeping the hash it recorded.
    private static func entry(_ outputs: [String: Value]) -> EvidenceEntry? {
        guard let index = outputs["entry"]?.number, let size = outputs["size"]?.number,
            let time = outputs["time"]?.string, let file = outputs["file"]?.string,
            let sha256 = outputs["sha256"]?.string, let previousHash = outputs["previous-hash"]?.string,
            let entryHash = outputs["entry-hash"]?.string
        else { return nil }
        var entry = EvidenceEntry(
            index: Int(index), time: time, file: file, size: Int(size), sha256: sha256,
            description: outputs["description"]?.string ?? "", previousHash: previousHash)
        entry.entryHash = entryHash
        return entry
    }

    /// Whether the entries this session recorded still agree with their hashes and with
    /// each other, in a sentence.
    private static func chainStatement(_ entries: [EvidenceEntry]) -> String {
        guard !entries.isEmpty else { return "No file was recorded in this session." }
        if let changed = entries.first(where: { $0.computedHash != $0.entryHash }) {
            return
                "Entry \(changed.index) as recorded in this session does not match its hash: the session record was altered."
        }
        for (earlier, later) in zip(entries, entries.dropFirst())
        where later.index == earlier.index + 1 && later.previousHash != earlier.entryHash {
            return
                "Entry \(later.index) does not follow entry \(earlier.index): the log was changed between the two recordings."
        }
        return
            "Each entry recorded in this session matches its hash and follows the one before it; the log verified before every addition."
    }
}
