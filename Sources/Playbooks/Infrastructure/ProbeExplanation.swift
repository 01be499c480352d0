import Foundation
import PlaybookKit

/// Plain-language readings of a probe's result, written for someone under stress who
/// is not a technician: what the answer most likely means and whom to ask next.
enum ProbeExplanation {
    /// Added to every result: a probe only sees this computer's network.
    static let compareElsewhere =
        "This check shows only what this computer sees. A censored or filtered network can give different results "
        + "than a connection abroad, so before drawing conclusions compare with a digital security helpline or "
        + "someone in another country."

    /// Answers slower than this many milliseconds are called slow.
    static let slowMilliseconds = 5000

    /// For a probe the person declined.
    static let notChecked =
        "Nothing was contacted. To find out whether the website is up without using this connection, ask a digital "
        + "security helpline or someone in another place to open it and tell you what they see."

    /// For a website that answered.
    static func response(_ response: SiteResponse, requested url: URL) -> String {
        var parts: [String] = []
        if response.isProtectionChallenge {
            parts.append(
                "The answer came from a DDoS-protection service (Cloudflare) showing a visitor check instead of the page "
                    + "(code \(response.status)). A real browser usually passes such a check after a few seconds, so "
                    + "visitors may still reach the site. It means the protection is switched on, possibly because of "
                    + "an attack.")
        } else {
            parts.append(status(response, requested: url))
        }
        if let server = response.server, !server.isEmpty {
            parts.append("The answer names its server as '\(server)', which often tells the hosting or protection service.")
        }
        parts.append(compareElsewhere)
        return parts.joined(separator: " ")
    }

    /// For a request that got no answer.
    static func failure(_ failure: FetchOutcome.Failure, detail: String, timeout: Double) -> String {
        let text: String
        switch failure {
        case .timeout:
            text =
                "The website did not answer within \(Value.number(timeout).displayText) seconds. It may be overloaded "
                + "(a DDoS attack often looks like this), down, or slowed down by the network."
        case .dnsFailure:
            text =
                "The website's name could not be turned into an address when the request was made (\(detail)). The "
                + "domain may have expired or its DNS settings changed, or the network may be blocking the name."
        case .insecureConnection:
            text =
                "A secure connection to the website could not be set up (\(detail)). Its certificate may have expired "
                + "or not match the name, or something on the network may be intercepting the connection. Do not type "
                + "passwords on the site from this network until a helper has looked at it."
        case .unreachable:
            text =
                "No connection could be made to the website (\(detail)). The server may be down or refusing "
                + "connections, or something on the network may be blocking it."
        }
        return text + " " + compareElsewhere
    }

    /// For a name that did not resolve.
    static func unresolved(host: String, resolution: HostResolution) -> String {
        let why: String
        switch resolution {
        case .failed(let reason): why = reason
        case .timedOut: why = "the lookup got no answer in time"
        case .resolved: why = "no address"
        }
        return "The website's name (\(host)) could not be turned into an address: \(why). The domain may have "
            + "expired, its DNS settings may have been changed or deleted, or your network may be blocking the name, "
            + "which is a common way of censoring websites. Check the domain's registration and DNS settings with "
            + "the registrar. " + compareElsewhere
    }

    /// A warning when a public name points at an address that exists only inside a local
    /// network, which on a censored network often means forged DNS answers.
    static func localAddressWarning(host: String, addresses: [String]) -> String? {
        guard host != "localhost", !HostName.isIPAddress(host),
            let local = addresses.first(where: LocalAddress.isLocal)
        else { return nil }
        return "Note: the name points to \(local), an address that exists only inside a local network. For a public "
            + "website this usually means the network's DNS is giving false answers to block it."
    }

    private static func status(_ response: SiteResponse, requested url: URL) -> String {
        let code = response.status
        switch code {
        case 200..<300:
            var text = "The website answered normally from this computer (code \(code), in \(response.milliseconds) ms)."
            if response.milliseconds > slowMilliseconds {
                text += " It was slow, which heavy traffic or an attack can cause."
            }
            return text + " If people elsewhere cannot open it, it may be blocked on their network rather than down."
        case 300..<400:
            return redirect(code: code, location: response.location, requested: url)
        case 401:
            return "The website asks for a login before showing anything (code 401). If it is meant to be public, "
                + "its settings were changed: ask whoever runs it."
        case 403:
            return "The website refused to show the page (code 403, forbidden). Possible causes: a DDoS-protection "
                + "service or firewall turning away visitors it finds suspicious, the hosting provider blocking the "
                + "site, a block on visitors from your country, or a change to the site's settings."
        case 404, 410:
            return "The website answered, but the page was not found (code \(code)). Check the address. If even the "
                + "home page is missing, the site's content may have been removed or replaced: ask whoever runs it."
        case 429:
            return "The website or its protection service is turning away visitors who send too many requests "
                + "(code 429). This is common during an attack, when the protection limits traffic."
        case 451:
            return "The page is unavailable for legal reasons (code 451): usually a block ordered by a court or an "
                + "authority, applied by the network or by the hosting provider. Write down when and where you saw "
                + "this, and contact a legal-support organisation or a helpline."
        case 400..<500:
            return "The website answered but refused the request (code \(code))."
        case 500:
            return "The website's server answered with an internal error (code 500): its own software failed. Common "
                + "causes are a broken update or plugin, a full disk, or a break-in that changed files. Ask whoever "
                + "runs the site to look at its error log."
        case 502, 504:
            return "A gateway in front of the website (the hosting provider's or a protection service's) could not "
                + "get an answer from the site's own server (code \(code)). The server may be down or overwhelmed, for "
                + "example by an attack. Ask the hosting provider what they see."
        case 503:
            return "The website is temporarily unavailable (code 503). From a hosting provider this often means the "
                + "server is overloaded (a DDoS attack can do this), under maintenance, or that the account was "
                + "suspended, sometimes because of an attack or an unpaid bill. Ask the hosting provider what they "
                + "see and whether they suspended the account."
        default:
            return "The website's server reported an error (code \(code)). The hosting account may have hit a "
                + "resource limit, which heavy traffic can cause. Ask the hosting provider what they see."
        }
    }

    private static func redirect(code: Int, location: String?, requested url: URL) -> String {
        guard let location, !location.isEmpty else {
            return "The website answered with a redirect (code \(code)) but did not say where to. Its settings may "
                + "be broken: ask whoever runs it."
        }
        guard let targetHost = URL(string: location, relativeTo: url)?.absoluteURL.host?.lowercased(),
            !sameSite(targetHost, url.host?.lowercased() ?? "")
        else {
            return "The website sends visitors on to \(location) on the same site (code \(code)). This is usually "
                + "normal, for example moving visitors to the secure https address or to a start page."
        }
        return "The website sends visitors to a different website, \(targetHost) (code \(code)). If you did not set "
            + "this up, treat it as a warning sign: the site or its domain may have been taken over, or the network "
            + "may be replacing it with a block page. Do not log in or type passwords there; ask a helpline to look."
    }

    private static func sameSite(_ first: String, _ second: String) -> Bool {
        func bare(_ host: String) -> String { host.hasPrefix("www.") ? String(host.dropFirst(4)) : host }
        return bare(first) == bare(second)
    }
}
