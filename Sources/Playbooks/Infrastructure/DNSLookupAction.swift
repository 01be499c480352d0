import PlaybookKit

/// `infrastructure.dns-lookup`: with the person's consent, asks this computer's resolver
/// for a name's IPv4 and IPv6 addresses, to compare with what the site should have.
enum DNSLookupAction {
    /// Seconds to wait for the resolver.
    static let timeout = 10.0

    static let descriptor = ActionDescriptor(
        name: "dns-lookup",
        summary: "Looks up a host name's IPv4 and IPv6 addresses from this computer, after asking permission.",
        parameters: [
            ParameterDescriptor("host", .string, "The host name, such as example.org, without https:// or a path.")
        ],
        outputs: [
            OutputDescriptor("consent", .bool, "Whether the person allowed the lookup."),
            OutputDescriptor("status", .string, "`checked`, or `not-checked` when the person declined."),
            OutputDescriptor("host", .string, "The name that was looked up, in lower case."),
            OutputDescriptor("resolved", .bool, "Whether the name has at least one address."),
            OutputDescriptor("ipv4", .list, "Its IPv4 addresses, as text."),
            OutputDescriptor("ipv6", .list, "Its IPv6 addresses, as text."),
            OutputDescriptor("error", .string, "Why the lookup failed or was not made, or null."),
        ]
    )

    static func perform(
        _ request: ActionRequest, context: ActionContext, text: FacetText, resolver: any HostResolver
    ) throws(ActionError) -> ActionResult {
        let host = try HostName.validate(try request.string("host"), parameter: "host", text: text)
        var outputs: [String: Value] = [
            "consent": false, "status": "not-checked", "host": .string(host), "resolved": false,
            "ipv4": [], "ipv6": [], "error": .string(text("dns.declined")),
        ]
        guard context.askConsent(ConsentRequest(address: host, host: host, purpose: text("dns.purpose", host))) else {
            return ActionResult(outputs: outputs, messages: [text("dns.not-looked-up")])
        }
        outputs["consent"] = true
        outputs["status"] = "checked"
        switch resolver.resolve(host, timeout: timeout) {
        case .resolved(let ipv4, let ipv6):
            outputs["resolved"] = true
            outputs["ipv4"] = .list(ipv4.map(Value.string))
            outputs["ipv6"] = .list(ipv6.map(Value.string))
            outputs["error"] = .null
            let count = ipv4.count + ipv6.count
            let message = count == 1 ? text("dns.addresses.one", host) : text("dns.addresses.many", host, "\(count)")
            return ActionResult(outputs: outputs, messages: [message])
        case .failed(let reason):
            outputs["error"] = .string(reason)
        case .timedOut:
            outputs["error"] = .string(text("dns.timeout", Value.number(timeout).displayText))
        }
        return ActionResult(outputs: outputs, messages: [text("dns.failed", host)])
    }
}
