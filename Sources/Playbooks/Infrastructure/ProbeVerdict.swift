/// The one-word result of a website probe, which playbooks branch on.
enum ProbeVerdict: String, Hashable, Sendable, CaseIterable {
    /// The website answered normally (2xx).
    case up
    /// It answered by sending visitors elsewhere (3xx).
    case redirects
    /// Its server, or a gateway in front of it, failed (5xx).
    case serverError = "server-error"
    /// It refused the request or the page is missing (4xx).
    case clientError = "client-error"
    /// No connection, or no secure connection, could be made.
    case unreachable
    /// The name could not be turned into an address.
    case dnsFailure = "dns-failure"
    /// Nothing came back in time.
    case timeout
    /// The person chose not to contact the website.
    case notChecked = "not-checked"

    /// The verdict for an HTTP status code.
    init(status: Int) {
        switch status {
        case 200..<300: self = .up
        case 300..<400: self = .redirects
        case 400..<500: self = .clientError
        default: self = .serverError
        }
    }
}
