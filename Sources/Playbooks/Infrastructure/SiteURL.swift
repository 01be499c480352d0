import Foundation
import PlaybookKit

/// A website address checked before anything is contacted: `http` or `https`, a host,
/// no embedded user name or password (which the probe would otherwise send).
struct SiteURL: Hashable, Sendable {
    /// The longest address accepted.
    static let maximumLength = 2048

    /// The address to request, without any fragment.
    var url: URL
    /// The host as the resolver and the consent question name it.
    var host: String

    /// Parses and checks `text`, the value of the parameter `parameter`.
    init(_ text: String, parameter: String) throws(ActionError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw .invalidParameter(parameter, "it is empty; give the website's address, such as https://example.org")
        }
        guard trimmed.utf8.count <= SiteURL.maximumLength else {
            throw .invalidParameter(parameter, "it is longer than \(SiteURL.maximumLength) characters")
        }
        guard var components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            throw .invalidParameter(parameter, "'\(trimmed)' is not a web address; write it like https://example.org")
        }
        guard scheme == "http" || scheme == "https" else {
            throw .invalidParameter(parameter, "only http:// and https:// addresses can be checked, not '\(scheme):'")
        }
        guard let rawHost = components.host, !rawHost.isEmpty else {
            throw .invalidParameter(parameter, "'\(trimmed)' has no website name; write it like https://example.org")
        }
        guard components.user == nil, components.password == nil else {
            throw .invalidParameter(parameter, "remove the user name or password from the address before checking it")
        }
        if let port = components.port, !(1...65535).contains(port) {
            throw .invalidParameter(parameter, "the port \(port) does not exist; ports run from 1 to 65535")
        }
        host = try HostName.validate(rawHost, parameter: parameter)
        components.scheme = scheme
        components.fragment = nil
        if components.path.isEmpty { components.path = "/" }
        guard let url = components.url else {
            throw .invalidParameter(parameter, "'\(trimmed)' is not a web address; write it like https://example.org")
        }
        self.url = url
    }
}
