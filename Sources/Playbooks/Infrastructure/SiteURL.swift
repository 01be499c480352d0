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

    /// Parses and checks `given`, the value of the parameter `parameter`; says what to
    /// fix in `text`'s language.
    init(_ given: String, parameter: String, text: FacetText = InfrastructureStrings.englishText) throws(ActionError) {
        let trimmed = given.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw .invalidParameter(parameter, text("address.empty"))
        }
        guard trimmed.utf8.count <= SiteURL.maximumLength else {
            throw .invalidParameter(parameter, text("address.too-long", "\(SiteURL.maximumLength)"))
        }
        guard var components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            throw .invalidParameter(parameter, text("address.not-web", trimmed))
        }
        guard scheme == "http" || scheme == "https" else {
            throw .invalidParameter(parameter, text("address.scheme", scheme))
        }
        guard let rawHost = components.host, !rawHost.isEmpty else {
            throw .invalidParameter(parameter, text("address.no-host", trimmed))
        }
        guard components.user == nil, components.password == nil else {
            throw .invalidParameter(parameter, text("address.credentials"))
        }
        if let port = components.port, !(1...65535).contains(port) {
            throw .invalidParameter(parameter, text("address.port", "\(port)"))
        }
        host = try HostName.validate(rawHost, parameter: parameter, text: text)
        components.scheme = scheme
        components.fragment = nil
        if components.path.isEmpty { components.path = "/" }
        guard let url = components.url else {
            throw .invalidParameter(parameter, text("address.not-web", trimmed))
        }
        self.url = url
    }
}
