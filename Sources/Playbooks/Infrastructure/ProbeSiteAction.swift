import Foundation
import PlaybookKit

/// `infrastructure.probe-site`: checks, with the person's consent, whether a website
/// answers from this computer: its name's addresses, then one request that does not
/// follow redirects, read as a verdict and a plain-language explanation.
enum ProbeSiteAction {
    /// Seconds allowed when the playbook gives no `timeout`.
    static let defaultTimeout = 10.0
    /// The timeouts a playbook may ask for, in seconds.
    static let timeoutRange = 0.2...60.0

    static let descriptor = ActionDescriptor(
        name: "probe-site",
        summary: "Checks whether a website answers from this computer, after asking permission, and explains the result.",
        parameters: [
            ParameterDescriptor("url", .url, "The website's address, starting with http:// or https://."),
            ParameterDescriptor(
                "timeout", .number, required: false,
                "Seconds to wait for the name lookup and for the answer, each (0.2 to 60; 10 when not given)."),
        ],
        outputs: [
            OutputDescriptor("consent", .bool, "Whether the person allowed the check."),
            OutputDescriptor("status", .string, "`checked`, or `not-checked` when the person declined."),
            OutputDescriptor(
                "verdict", .string,
                "`up`, `redirects`, `client-error`, `server-error`, `unreachable`, `dns-failure`, `timeout` "
                    + "or `not-checked`."),
            OutputDescriptor("explanation", .string, "What the result most likely means, in plain language."),
            OutputDescriptor("url", .url, "The address that was checked."),
            OutputDescriptor("host", .string, "The website's host name."),
            OutputDescriptor("addresses", .list, "The IPv4 and IPv6 addresses the name resolved to, as text."),
            OutputDescriptor("http-status", .number, "The HTTP status code, or null when nothing answered."),
            OutputDescriptor("redirect-to", .string, "Where a redirect points, as a full address, or null."),
            OutputDescriptor("response-ms", .number, "Milliseconds until the answer's headers arrived, or null."),
            OutputDescriptor("server", .string, "The answer's Server header, or null."),
            OutputDescriptor("error", .string, "The system's description of a failure, for helpers, or null."),
        ]
    )

    static func perform(
        _ request: ActionRequest, context: ActionContext, text: FacetText, resolver: any HostResolver, fetcher: SiteFetcher
    ) throws(ActionError) -> ActionResult {
        let site = try SiteURL(try request.string("url"), parameter: "url", text: text)
        let timeout = try timeoutParameter(request, text: text)
        var outputs: [String: Value] = [
            "consent": false, "status": "not-checked", "verdict": .string(ProbeVerdict.notChecked.rawValue),
            "explanation": .string(ProbeExplanation.notChecked(text: text)), "url": .string(site.url.absoluteString),
            "host": .string(site.host), "addresses": [], "http-status": .null, "redirect-to": .null,
            "response-ms": .null, "server": .null, "error": .null,
        ]
        guard context.askConsent(ConsentRequest(address: site.url.absoluteString, host: site.host, purpose: text("probe.purpose"))) else {
            return ActionResult(outputs: outputs, messages: [text("probe.not-contacted")])
        }
        outputs["consent"] = true
        outputs["status"] = "checked"
        context.emit(text("probe.checking", site.url.absoluteString))

        let resolution = resolver.resolve(site.host, timeout: timeout)
        guard case .resolved(let ipv4, let ipv6) = resolution else {
            outputs["verdict"] = .string(ProbeVerdict.dnsFailure.rawValue)
            outputs["explanation"] = .string(ProbeExplanation.unresolved(host: site.host, resolution: resolution, text: text))
            outputs["error"] = .string(resolutionError(resolution, text: text))
            return finish(outputs, text: text)
        }
        let addresses = ipv4 + ipv6
        outputs["addresses"] = .list(addresses.map(Value.string))
        let warning = ProbeExplanation.localAddressWarning(host: site.host, addresses: addresses, text: text)

        let explanation: String
        switch fetcher.fetch(site.url, timeout: timeout) {
        case .response(let response):
            outputs["verdict"] = .string(ProbeVerdict(status: response.status).rawValue)
            outputs["http-status"] = .number(Double(response.status))
            outputs["response-ms"] = .number(Double(response.milliseconds))
            if let location = response.location, !location.isEmpty {
                outputs["redirect-to"] = .string(URL(string: location, relativeTo: site.url)?.absoluteString ?? location)
            }
            if let server = response.server, !server.isEmpty { outputs["server"] = .string(server) }
            explanation = ProbeExplanation.response(response, requested: site.url, text: text)
        case .failure(let failure, let detail):
            outputs["verdict"] = .string(verdict(for: failure).rawValue)
            outputs["error"] = .string(detail)
            explanation = ProbeExplanation.failure(failure, detail: detail, timeout: timeout, text: text)
        }
        outputs["explanation"] = .string([warning, explanation].compactMap { $0 }.joined(separator: " "))
        return finish(outputs, text: text)
    }

    private static func finish(_ outputs: [String: Value], text: FacetText) -> ActionResult {
        let verdict = outputs["verdict"]?.string ?? ""
        let label = text("verdict.\(verdict)")
        let message = outputs["http-status"]?.number.map { text("probe.result-code", label, Value.number($0).displayText) }
            ?? text("probe.result", label)
        return ActionResult(outputs: outputs, messages: [message])
    }

    private static func timeoutParameter(_ request: ActionRequest, text: FacetText) throws(ActionError) -> Double {
        guard let value = request.parameters["timeout"], value != .null else { return defaultTimeout }
        let seconds = try request.number("timeout")
        guard seconds.isFinite, timeoutRange.contains(seconds) else {
            throw .invalidParameter(
                "timeout",
                text(
                    "probe.invalid-timeout", Value.number(timeoutRange.lowerBound).displayText,
                    Value.number(timeoutRange.upperBound).displayText))
        }
        return seconds
    }

    private static func verdict(for failure: FetchOutcome.Failure) -> ProbeVerdict {
        switch failure {
        case .timeout: return .timeout
        case .dnsFailure: return .dnsFailure
        case .insecureConnection, .unreachable: return .unreachable
        }
    }

    private static func resolutionError(_ resolution: HostResolution, text: FacetText) -> String {
        switch resolution {
        case .failed(let reason): return reason
        case .timedOut: return text("probe.lookup-timeout")
        case .resolved: return ""
        }
    }
}
