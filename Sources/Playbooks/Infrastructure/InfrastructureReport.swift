import Foundation
import PlaybookKit

/// The infrastructure section of a session's report: each website check with its
/// verdict and explanation, each name lookup, and the hardening checklist as boxes to
/// tick. Values that came from a website are shown as code so they cannot format the
/// report.
struct InfrastructureReport {
    var records: [ActionRecord]

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
        return ReportSection(title: "Infrastructure", markdown: blocks.joined(separator: "\n\n") + "\n")
    }

    private static func actionName(_ action: String) -> String {
        let prefix = "infrastructure."
        return action.hasPrefix(prefix) ? String(action.dropFirst(prefix.count)) : action
    }

    private func probe(_ outputs: [String: Value]) -> String {
        let url = outputs["url"]?.string ?? ""
        var lines = ["### Website check: \(InfrastructureReport.code(url))", ""]
        guard outputs["consent"]?.bool == true else {
            lines.append("Not checked: the person chose not to contact the website from this computer.")
            return lines.joined(separator: "\n")
        }
        lines.append("- Verdict: **\(outputs["verdict"]?.string ?? "")**")
        if let status = outputs["http-status"], status != .null {
            lines.append("- HTTP status: \(status.displayText)")
        }
        if let target = outputs["redirect-to"]?.string {
            lines.append("- Redirects to: \(InfrastructureReport.code(target))")
        }
        if let milliseconds = outputs["response-ms"], milliseconds != .null {
            lines.append("- Answered in: \(milliseconds.displayText) ms")
        }
        if let addresses = outputs["addresses"]?.list, !addresses.isEmpty {
            lines.append("- Addresses: \(InfrastructureReport.codeList(addresses))")
        }
        if let server = outputs["server"]?.string {
            lines.append("- Server: \(InfrastructureReport.code(server))")
        }
        if let error = outputs["error"]?.string {
            lines.append("- Error: \(InfrastructureReport.code(error))")
        }
        if let explanation = outputs["explanation"]?.string {
            lines += ["", explanation]
        }
        return lines.joined(separator: "\n")
    }

    private func lookup(_ outputs: [String: Value]) -> String {
        let host = InfrastructureReport.code(outputs["host"]?.string ?? "")
        guard outputs["consent"]?.bool == true else {
            return "### Name lookup: \(host)\n\nNot looked up: the person chose not to contact the network."
        }
        var lines = ["### Name lookup: \(host)", ""]
        if outputs["resolved"]?.bool == true {
            for (label, key) in [("IPv4", "ipv4"), ("IPv6", "ipv6")] {
                let addresses = outputs[key]?.list ?? []
                let text = addresses.isEmpty ? "none" : InfrastructureReport.codeList(addresses)
                lines.append("- \(label): \(text)")
            }
        } else {
            lines.append("- Not resolved: \(outputs["error"]?.string ?? "no address")")
        }
        return lines.joined(separator: "\n")
    }

    private func hardening(_ outputs: [String: Value]) -> String {
        var lines = ["### Hardening checklist", ""]
        for item in outputs["items"]?.list ?? [] {
            guard let fields = item.record, let text = fields["text"]?.string else { continue }
            lines.append("- [ ] \(text) (\(fields["level"]?.string ?? ""))")
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
