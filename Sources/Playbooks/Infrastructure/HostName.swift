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
    /// dot or IPv6 brackets. Throws `.invalidParameter(parameter, …)` saying what to fix,
    /// in `text`'s language.
    static func validate(
        _ given: String, parameter: String, text: FacetText = InfrastructureStrings.englishText
    ) throws(ActionError) -> String {
        var host = given.trimmingCharacters(in: .whitespacesAndNewlines)
        if host.hasPrefix("["), host.hasSuffix("]"), host.count > 2 {
            host = String(host.dropFirst().dropLast())
        }
        guard !host.isEmpty else {
            throw .invalidParameter(parameter, text("host.empty"))
        }
        if host.contains("://") || host.contains("/") {
            throw .invalidParameter(parameter, text("host.not-a-name"))
        }
        if isIPAddress(host) { return host.lowercased() }
        guard !host.contains(where: \.isWhitespace) else {
            throw .invalidParameter(parameter, text("host.spaces"))
        }
        guard host.allSatisfy(\.isASCII) else {
            throw .invalidParameter(parameter, text("host.not-ascii"))
        }
        if host.hasSuffix(".") { host.removeLast() }
        guard !host.isEmpty, host.count <= maximumLength else {
            throw .invalidParameter(parameter, text("host.length", "\(maximumLength)"))
        }
        for label in host.split(separator: ".", omittingEmptySubsequences: false) {
            guard !label.isEmpty else {
                throw .invalidParameter(parameter, text("host.empty-label", host))
            }
            guard label.count <= maximumLabelLength else {
                throw .invalidParameter(parameter, text("host.label-length", "\(maximumLabelLength)"))
            }
            guard label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
                throw .invalidParameter(parameter, text("host.characters"))
            }
            guard label.first != "-", label.last != "-" else {
                throw .invalidParameter(parameter, text("host.hyphen"))
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
