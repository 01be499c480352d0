import Foundation
import PlaybookKit

/// Plain-language readings of a probe's result, written for someone under stress who
/// is not a technician: what the answer most likely means and whom to ask next. The
/// words come from `InfrastructureStrings`, in the run's language; system descriptions
/// of a failure (in parentheses) stay as the system gave them, for helpers.
enum ProbeExplanation {
    /// Answers slower than this many milliseconds are called slow.
    static let slowMilliseconds = 5000

    /// Added to every result, in English: a probe only sees this computer's network.
    static var compareElsewhere: String { InfrastructureStrings.englishText("explain.compare-elsewhere") }

    /// For a probe the person declined.
    static func notChecked(text: FacetText = InfrastructureStrings.englishText) -> String {
        text("explain.not-checked")
    }

    /// For a website that answered.
    static func response(
        _ response: SiteResponse, requested url: URL, text: FacetText = InfrastructureStrings.englishText
    ) -> String {
        var parts: [String] = []
        if response.isProtectionChallenge {
            parts.append(text("explain.challenge", "\(response.status)"))
        } else {
            parts.append(status(response, requested: url, text: text))
        }
        if let server = response.server, !server.isEmpty {
            parts.append(text("explain.server", server))
        }
        parts.append(text("explain.compare-elsewhere"))
        return parts.joined(separator: " ")
    }

    /// For a request that got no answer.
    static func failure(
        _ failure: FetchOutcome.Failure, detail: String, timeout: Double, text: FacetText = InfrastructureStrings.englishText
    ) -> String {
        let reading: String
        switch failure {
        case .timeout: reading = text("explain.timeout", Value.number(timeout).displayText)
        case .dnsFailure: reading = text("explain.dns-failure", detail)
        case .insecureConnection: reading = text("explain.insecure", detail)
        case .unreachable: reading = text("explain.unreachable", detail)
        }
        return reading + " " + text("explain.compare-elsewhere")
    }

    /// For a name that did not resolve.
    static func unresolved(
        host: String, resolution: HostResolution, text: FacetText = InfrastructureStrings.englishText
    ) -> String {
        let why: String
        switch resolution {
        case .failed(let reason): why = reason
        case .timedOut: why = text("explain.lookup-timeout")
        case .resolved: why = text("explain.no-address")
        }
        return text("explain.unresolved", host, why) + " " + text("explain.compare-elsewhere")
    }

    /// A warning when a public name points at an address that exists only inside a local
    /// network, which on a censored network often means forged DNS answers.
    static func localAddressWarning(
        host: String, addresses: [String], text: FacetText = InfrastructureStrings.englishText
    ) -> String? {
        guard host != "localhost", !HostName.isIPAddress(host),
            let local = addresses.first(where: LocalAddress.isLocal)
        else { return nil }
        return text("explain.local-address", local)
    }

    private static func status(_ response: SiteResponse, requested url: URL, text: FacetText) -> String {
        let code = response.status
        switch code {
        case 200..<300:
            var reading = text("explain.up", "\(code)", "\(response.milliseconds)")
            if response.milliseconds > slowMilliseconds {
                reading += " " + text("explain.slow")
            }
            return reading + " " + text("explain.blocked-elsewhere")
        case 300..<400:
            return redirect(code: code, location: response.location, requested: url, text: text)
        case 401: return text("explain.401")
        case 403: return text("explain.403")
        case 404, 410: return text("explain.not-found", "\(code)")
        case 429: return text("explain.429")
        case 451: return text("explain.451")
        case 400..<500: return text("explain.client-error", "\(code)")
        case 500: return text("explain.500")
        case 502, 504: return text("explain.gateway", "\(code)")
        case 503: return text("explain.503")
        default: return text("explain.server-error", "\(code)")
        }
    }

    private static func redirect(code: Int, location: String?, requested url: URL, text: FacetText) -> String {
        guard let location, !location.isEmpty else {
            return text("explain.redirect-nowhere", "\(code)")
        }
        guard let targetHost = URL(string: location, relativeTo: url)?.absoluteURL.host?.lowercased(),
            !sameSite(targetHost, url.host?.lowercased() ?? "")
        else {
            return text("explain.redirect-same-site", location, "\(code)")
        }
        return text("explain.redirect-elsewhere", targetHost, "\(code)")
    }

    private static func sameSite(_ first: String, _ second: String) -> Bool {
        func bare(_ host: String) -> String { host.hasPrefix("www.") ? String(host.dropFirst(4)) : host }
        return bare(first) == bare(second)
    }
}
