import Foundation
import PlaybookKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks a host name or IP address before it is handed to the resolver, so a typo or a
/// pasted URL gets a message saying what to fix instead of a confusing lookup failure.
enum HostName {
    /// The longest name DNS can carry, without the trailing dot.
    static let maximumLength = 253
    /// The longest single label.
    static let maximumLabelLength = 63

    /// `text` as a host the resolver can take: trimmed, lower-cased, without a trailing
    /// dot or IPv6 brackets. Throws `.invalidParameter(parameter, …)` saying what to fix.
    static func validate(_ text: String, parameter: String) throws(ActionError) -> String {
        var host = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if host.hasPrefix("["), host.hasSuffix("]"), host.count > 2 {
            host = String(host.dropFirst().dropLast())
        }
        guard !host.isEmpty else {
            throw .invalidParameter(parameter, "it is empty; give a name such as example.org")
        }
        if host.contains("://") || host.contains("/") {
            throw .invalidParameter(parameter, "give only the name, such as example.org, without https:// or a path")
        }
        if isIPAddress(host) { return host.lowercased() }
        guard !host.contains(where: \.isWhitespace) else {
            throw .invalidParameter(parameter, "a host name cannot contain spaces")
        }
        guard host.allSatisfy(\.isASCII) else {
            throw .invalidParameter(
                parameter, "write the name in its ASCII form (the one starting with xn-- that the registrar shows)")
        }
        if host.hasSuffix(".") { host.removeLast() }
        guard !host.isEmpty, host.count <= maximumLength else {
            throw .invalidParameter(parameter, "a host name has 1 to \(maximumLength) characters")
        }
        for label in host.split(separator: ".", omittingEmptySubsequences: false) {
            guard !label.isEmpty else {
                throw .invalidParameter(parameter, "'\(host)' has an empty part between dots")
            }
            guard label.count <= maximumLabelLength else {
                throw .invalidParameter(parameter, "each part between dots has at most \(maximumLabelLength) characters")
            }
            guard label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
                throw .invalidParameter(parameter, "a host name has only letters, digits, hyphens and dots")
            }
            guard label.first != "-", label.last != "-" else {
                throw .invalidParameter(parameter, "no part of a host name starts or ends with a hyphen")
            }
        }
        return host.lowercased()
    }

    /// Whether `text` is a numeric IPv4 or IPv6 address.
    static func isIPAddress(_ text: String) -> Bool {
        var ipv4 = in_addr()
        var ipv6 = in6_addr()
        return inet_pton(AF_INET, text, &ipv4) == 1 || inet_pton(AF_INET6, text, &ipv6) == 1
    }
}
