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
    /// The purpose shown in the consent question.
    static let purpose = "check whether the website answers from this computer"

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
        _ request: ActionRequest, context: ActionContext, resolver: any HostResolver, fetcher: SiteFetcher
    ) throws(ActionError) -> ActionResult {
        let site = try SiteURL(try request.string("url"), parameter: "url")
        let timeout = try timeoutParameter(request)
        var outputs: [String: Value] = [
            "consent": false, "status": "not-checked", "verdict": .string(ProbeVerdict.notChecked.rawValue),
            "explanation": .string(ProbeExplanation.notChecked), "url": .string(site.url.absoluteString),
            "host": .string(site.host), "addresses": [], "http-status": .null, "redirect-to": .null,
            "response-ms": .null, "server": .null, "error": .null,
        ]
        guard context.askConsent(ConsentRequest(host: site.host, purpose: purpose)) else {
            return ActionResult(outputs: outputs, messages: ["The website was not contacted."])
        }
        outputs["consent"] = true
        outputs["status"] = "checked"
        context.emit("Checking \(site.url.absoluteString) …")

        let resolution = resolver.resolve(site.host, timeout: timeout)
        guard case .resolved(let ipv4, let ipv6) = resolution else {
            outputs["verdict"] = .string(ProbeVerdict.dnsFailure.rawValue)
            outputs["explanation"] = .string(ProbeExplanation.unresolved(host: site.host, resolution: resolution))
            outputs["error"] = .string(resolutionError(resolution))
            return finish(outputs)
        }
        let addresses = ipv4 + ipv6
        outputs["addresses"] = .list(addresses.map(Value.string))
        let warning = ProbeExplanation.localAddressWarning(host: site.host, addresses: addresses)

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
            explanation = ProbeExplanation.response(response, requested: site.url)
        case .failure(let failure, let detail):
            outputs["verdict"] = .string(verdict(for: failure).rawValue)
            outputs["error"] = .string(detail)
            explanation = ProbeExplanation.failure(failure, detail: detail, timeout: timeout)
        }
        outputs["explanation"] = .string([warning, explanation].compactMap { $0 }.joined(separator: " "))
        return finish(outputs)
    }

    private static func finish(_ outputs: [String: Value]) -> ActionResult {
        let verdict = outputs["verdict"]?.string ?? ""
        let code = outputs["http-status"]?.number.map { " (code \(Value.number($0).displayText))" } ?? ""
        return ActionResult(outputs: outputs, messages: ["Result: \(verdict)\(code)."])
    }

    private static func timeoutParameter(_ request: ActionRequest) throws(ActionError) -> Double {
        guard let value = request.parameters["timeout"], value != .null else { return defaultTimeout }
        let seconds = try request.number("timeout")
        guard seconds.isFinite, timeoutRange.contains(seconds) else {
            throw .invalidParameter(
                "timeout",
                "give a number of seconds from \(Value.number(timeoutRange.lowerBound).displayText) to "
                    + "\(Value.number(timeoutRange.upperBound).displayText)")
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

    private static func resolutionError(_ resolution: HostResolution) -> String {
        switch resolution {
        case .failed(let reason): return reason
        case .timedOut: return "the name lookup got no answer in time"
        case .resolved: return ""
        }
    }
}
