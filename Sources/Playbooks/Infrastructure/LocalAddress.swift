import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Recognises addresses that cannot belong to a public website: loopback, private,
/// link-local and unspecified ones. Censoring networks often answer DNS questions for
/// blocked names with such addresses.
enum LocalAddress {
    /// Whether `address` (numeric IPv4 or IPv6) is local-only.
    static func isLocal(_ address: String) -> Bool {
        var ipv4 = in_addr()
        if inet_pton(AF_INET, address, &ipv4) == 1 {
            let bytes = withUnsafeBytes(of: &ipv4) { Array($0) }
            switch (bytes[0], bytes[1]) {
            case (0, _), (10, _), (127, _), (169, 254), (192, 168): return true
            case (172, 16...31): return true
            default: return false
            }
        }
        var ipv6 = in6_addr()
        if inet_pton(AF_INET6, address, &ipv6) == 1 {
            let bytes = withUnsafeBytes(of: &ipv6) { Array($0) }
            if bytes.dropLast().allSatisfy({ $0 == 0 }) && (bytes[15] == 0 || bytes[15] == 1) { return true }
            if bytes[0] & 0xFE == 0xFC { return true }
            if bytes[0] == 0xFE && bytes[1] & 0xC0 == 0x80 { return true }
            if bytes[0...9].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF {
                return isLocal("\(bytes[12]).\(bytes[13]).\(bytes[14]).\(bytes[15])")
            }
            return false
        }
        return false
    }
}
