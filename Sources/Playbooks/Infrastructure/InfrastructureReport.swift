import Foundation
import PlaybookKit

/// The infrastructure section of a session's report: each website check with its
/// verdict and explanation, each name lookup, and the hardening checklist as boxes to
/// tick. Values that came from a website are shown as code so they cannot format the
/// report.
struct InfrastructureReport {
    var records: [ActionRecord]
    /// The report's words.
    var text: FacetText

    /// The section, or nil when the session ran no infrastructure action.
    var section: ReportSection? {
        var blocks: [String] = []
        for record in records {
            switch InfrastructureReport.actionName(record.action) {
            case ProbeSiteAction.descriptor.name: blocks.append(probe(record.result.outputs))
            case DNSLookupAction.descriptor.name: blocks.append(lookup(record.result.outputs))
            case HardeningAction.descriptor.name: blocks.append(hardening(record.result.outputs))
            default: continue
            }
        }
        guard !blocks.isEmpty else { return nil }
        return ReportSection(title: text("report.title"), markdown: blocks.joined(separator: "\n\n") + "\n")
    }

    private static func actionName(_ action: String) -> String {
        let prefix = "infrastructure."
        return action.hasPrefix(prefix) ? String(action.dropFirst(prefix.count)) : action
    }

    private func probe(_ outputs: [String: Value]) -> String {
        let url = outputs["url"]?.string ?? ""
        var lines = ["### " + text("report.website-check", InfrastructureReport.code(url)), ""]
        guard outputs["consent"]?.bool == true else {
            lines.append(text("report.not-checked"))
            return lines.joined(separator: "\n")
        }
        let verdict = outputs["verdict"]?.string ?? ""
        let label = text.english["verdict.\(verdict)"] == nil ? verdict : text("verdict.\(verdict)")
        lines.append("- \(text("report.verdict")): **\(label)**")
        if let status = outputs["http-status"], status != .null {
            lines.append("- \(text("report.http-status")): \(status.displayText)")
        }
        if let target = outputs["redirect-to"]?.string {
            lines.append("- \(text("report.redirects-to")): \(InfrastructureReport.code(target))")
        }
        if let milliseconds = outputs["response-ms"], milliseconds != .null {
            lines.append("- \(text("report.answered-in")): \(milliseconds.displayText) ms")
        }
        if let addresses = outputs["addresses"]?.list, !addresses.isEmpty {
            lines.append("- \(text("report.addresses")): \(InfrastructureReport.codeList(addresses))")
        }
        if let server = outputs["server"]?.string {
            lines.append("- \(text("report.server")): \(InfrastructureReport.code(server))")
        }
        if let error = outputs["error"]?.string {
            lines.append("- \(text("report.error")): \(InfrastructureReport.code(error))")
        }
        if let explanation = outputs["explanation"]?.string {
            lines += ["", explanation]
        }
        return lines.joined(separator: "\n")
    }

    private func lookup(_ outputs: [String: Value]) -> String {
        let host = InfrastructureReport.code(outputs["host"]?.string ?? "")
        let heading = "### " + text("report.name-lookup", host)
        guard outputs["consent"]?.bool == true else {
            return heading + "\n\n" + text("report.not-looked-up")
        }
        var lines = [heading, ""]
        if outputs["resolved"]?.bool == true {
            for (label, key) in [("IPv4", "ipv4"), ("IPv6", "ipv6")] {
                let addresses = outputs[key]?.list ?? []
                let found = addresses.isEmpty ? text("report.none") : InfrastructureReport.codeList(addresses)
                lines.append("- \(label): \(found)")
            }
        } else {
            lines.append("- \(text("report.not-resolved")): \(outputs["error"]?.string ?? text("report.no-address"))")
        }
        return lines.joined(separator: "\n")
    }

    private func hardening(_ outputs: [String: Value]) -> String {
        var lines = ["### " + text("report.hardening"), ""]
        for item in outputs["items"]?.list ?? [] {
            guard let fields = item.record, let step = fields["text"]?.string else { continue }
            let level = fields["level"]?.string ?? ""
            let label = text.english["level.\(level)"] == nil ? level : text("level.\(level)")
            lines.append("- [ ] \(step) (\(label))")
        }
        return lines.joined(separator: "\n")
    }

    /// Each value as inline code, separated by commas.
    private static func codeList(_ values: [Value]) -> String {
        values.map { code($0.displayText) }.joined(separator: ", ")
    }

    /// `text` as inline code, with backticks and line breaks replaced so it stays one span.
    private static func code(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "`", with: "'").split(whereSeparator: \.isNewline).joined(separator: " ")
        return "`\(flat)`"
    }
}
