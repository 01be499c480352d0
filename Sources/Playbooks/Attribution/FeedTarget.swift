/// What an entry of an indicator list, or an indicator to look up, stands for, in a
/// normal form so that `EXAMPLE.org`, `example[.]org` and `example.org` are one thing.
enum FeedTarget: Hashable, Sendable {
    /// A URL, domain, address, e-mail address or hash.
    case indicator(Indicator)
    /// A CIDR range of addresses.
    case network(IPNetwork)
    /// Anything else, trimmed and in lower case, compared as text.
    case text(String)

    /// Reads `text`, refanging it first.
    init(_ text: String) {
        let plain = String(Defanging.refang(text).trimmingWhitespace())
        if let indicator = IndicatorSyntax.classify(plain) {
            self = .indicator(indicator)
        } else if let network = IPNetwork(plain) {
            self = .network(network)
        } else {
            self = .text(plain.lowercased())
        }
    }

    /// The normal form as text.
    var text: String {
        switch self {
        case .indicator(let indicator): return indicator.value
        case .network(let network): return network.text
        case .text(let text): return text
        }
    }

    /// The form to show and share.
    var defanged: String {
        switch self {
        case .indicator(let indicator): return indicator.defanged
        case .network(let network): return network.defanged
        case .text(let text): return text
        }
    }

    /// The indicators this one should also be looked up as: a URL by its host, an
    /// e-mail address by its domain, since lists often name only the host.
    var alsoMatchesAs: [Indicator] {
        guard case .indicator(let indicator) = self else { return [] }
        switch indicator.kind {
        case .url:
            return IndicatorSyntax.url(Substring(indicator.value)).map { [$0.host] } ?? []
        case .email:
            let domain = MailAddress(address: indicator.value, displayName: "").domain
            return [Indicator(kind: .domain, value: domain)]
        default:
            return []
        }
    }

    /// The address bytes when this is an IP address.
    var addressBytes: [UInt8]? {
        guard case .indicator(let indicator) = self else { return nil }
        switch indicator.kind {
        case .ipv4: return IndicatorSyntax.ipv4(Substring(indicator.value))
        case .ipv6: return IndicatorSyntax.ipv6(Substring(indicator.value))
        default: return nil
        }
    }
}
