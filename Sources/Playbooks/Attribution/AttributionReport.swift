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
    private let text: FacetText

    /// Collects the outputs of the facet's actions, in the order they ran; the section
    /// is written in `text`'s language.
    init(records: [ActionRecord], text: FacetText) {
        self.text = text
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
        return ReportSection(title: text("report.title"), markdown: parts.joined(separator: "\n\n") + "\n")
    }

    private var indicatorPart: String? {
        guard !indicators.isEmpty else { return nil }
        var lines = ["### " + text("report.indicators"), "", text("report.defanged")]
        lines.append("")
        for (kind, defanged) in indicators {
            let label = IndicatorKind(rawValue: kind).map { text($0.labelKey) } ?? kind
            lines.append("- \(MarkdownText.plain(label)): \(MarkdownText.code(defanged))")
        }
        return lines.joined(separator: "\n")
    }

    private var headerPart: String? {
        guard !headerFindings.isEmpty else { return nil }
        var lines = ["### " + text("report.headers")]
        for outputs in headerFindings {
            func field(_ key: String) -> String { outputs[key]?.string ?? "" }
            func list(_ key: String) -> [String] { (outputs[key]?.list ?? []).compactMap(\.string) }
            lines.append("")
            let name = field("from-name").isEmpty ? "" : " (" + MarkdownText.code(field("from-name")) + ")"
            lines.append("- From: " + address(field("from")) + name)
            lines.append("- Return-Path: " + address(field("return-path")))
            lines.append("- Reply-To: " + address(field("reply-to")))
            let verdicts = ["spf", "dkim", "dmarc"].map { MarkdownText.plain(field($0)) }
            lines.append("- SPF: \(verdicts[0]), DKIM: \(verdicts[1]), DMARC: \(verdicts[2])")
            let messageIDDomain = field("message-id-domain")
            if !messageIDDomain.isEmpty {
                lines.append("- \(text("report.message-id-domain")): " + MarkdownText.code(Defanging.defang(messageIDDomain)))
            }
            for mismatch in list("mismatches") { lines.append("- \(text("report.mismatch")): " + MarkdownText.plain(mismatch)) }
            for warning in list("warnings") { lines.append("- \(text("report.warning")): " + MarkdownText.plain(warning)) }
            let hops = (outputs["hops"]?.list ?? []).compactMap(\.record)
            if !hops.isEmpty {
                lines.append("")
                lines.append(text("report.route"))
                lines.append("")
                for hop in hops { lines.append(hopLine(hop)) }
            }
        }
        return lines.joined(separator: "\n")
    }

    private var matchPart: String? {
        guard !matches.isEmpty else { return nil }
        var lines = ["### " + text("report.listed"), ""]
        for match in matches {
            func field(_ key: String) -> String { match[key]?.string ?? "" }
            var line = "- " + text("report.match", MarkdownText.code(field("defanged")), MarkdownText.code(field("source")))
            if !field("name").isEmpty { line += ": " + MarkdownText.code(field("name")) }
            if field("listed") != field("defanged") { line += " " + text("report.listed-as", MarkdownText.code(field("listed"))) }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private var evidencePart: String? {
        guard !evidence.isEmpty || lastVerification != nil else { return nil }
        var lines = ["### " + text("report.evidence")]
        let entries = evidence.compactMap(AttributionReport.entry).sorted { $0.index < $1.index }
        if !entries.isEmpty {
            let columns = ["entry", "recorded", "file", "size"].map { text("report.column.\($0)") } + ["SHA-256", text("report.column.entry-hash")]
            lines += [
                "", "| " + columns.map(MarkdownText.plain).joined(separator: " | ") + " |",
                "| ---: | --- | --- | ---: | --- | --- |",
            ]
            for entry in entries {
                lines.append(
                    "| \(entry.index) | \(MarkdownText.plain(entry.time)) | \(MarkdownText.code(entry.file, inTable: true)) | \(entry.size) | \(MarkdownText.code(entry.sha256)) | \(MarkdownText.code(entry.entryHash)) |"
                )
            }
        }
        lines.append("")
        lines.append(chainStatement(entries))
        if let lastVerification, let summary = lastVerification["summary"]?.string {
            let verified = lastVerification["verified"]?.bool == true
            lines.append("")
            lines.append(text(verified ? "report.last-check" : "report.last-check-failed", MarkdownText.plain(summary)))
        }
        return lines.joined(separator: "\n")
    }

    private func address(_ value: String) -> String {
        value.isEmpty ? text("report.none") : MarkdownText.code(Defanging.defang(value))
    }

    private func hopLine(_ hop: [String: Value]) -> String {
        func field(_ key: String) -> String { hop[key]?.string ?? "" }
        let index = hop["index"]?.displayText ?? ""
        let from = field("from").isEmpty ? text("report.hop-unknown") : MarkdownText.code(host(field("from")))
        var line = "\(index). " + text("report.hop-from", from)
        if !field("ip").isEmpty { line += " " + text("report.hop-at", MarkdownText.code(Defanging.defang(field("ip")))) }
        if !field("by").isEmpty { line += " " + text("report.hop-by", MarkdownText.code(host(field("by")))) }
        if !field("with").isEmpty { line += " " + text("report.hop-with", MarkdownText.plain(field("with"))) }
        let time = field("time").isEmpty ? field("date") : field("time")
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
    private func chainStatement(_ entries: [EvidenceEntry]) -> String {
        guard !entries.isEmpty else { return text("report.no-file") }
        if let changed = entries.first(where: { $0.computedHash != $0.entryHash }) {
            return text("report.altered", "\(changed.index)")
        }
        for (earlier, later) in zip(entries, entries.dropFirst())
        where later.index == earlier.index + 1 && later.previousHash != earlier.entryHash {
            return text("report.changed-between", "\(later.index)", "\(earlier.index)")
        }
        return text("report.chain-ok")
    }
}
