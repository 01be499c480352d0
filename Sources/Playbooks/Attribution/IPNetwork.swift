/// An IPv4 or IPv6 network in CIDR notation (`203.0.113.0/24`, `2001:db8::/32`), as
/// indicator lists and STIX bundles give whole ranges used by an attacker.
struct IPNetwork: Hashable, Sendable {
    /// The network's address bytes (4 or 16).
    var address: [UInt8]
    /// How many leading bits are fixed.
    var prefixLength: Int

    /// Reads `address/prefix`; nil when either part is not valid.
    init?(_ text: String) {
        let parts = text.trimmingWhitespace().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let bytes = IndicatorSyntax.ipv4(parts[0]) ?? IndicatorSyntax.ipv6(parts[0]),
            parts[1].allSatisfy(\.isASCIIDigit), let length = Int(parts[1]), (0...bytes.count * 8).contains(length)
        else { return nil }
        address = bytes
        prefixLength = length
    }

    /// Whether the address given as bytes lies in this network.
    func contains(_ bytes: [UInt8]) -> Bool {
        guard bytes.count == address.count else { return false }
        var remaining = prefixLength
        for (mine, theirs) in zip(address, bytes) where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            guard mine & mask == theirs & mask else { return false }
            remaining -= bits
        }
        return true
    }

    /// The network in its usual notation.
    var text: String { IndicatorSyntax.addressText(address) + "/" + String(prefixLength) }

    /// The network written so that it cannot be used by accident.
    var defanged: String {
        let kind: IndicatorKind = address.count == 4 ? .ipv4 : .ipv6
        return Indicator(kind: kind, value: IndicatorSyntax.addressText(address)).defanged + "/" + String(prefixLength)
    }
}
