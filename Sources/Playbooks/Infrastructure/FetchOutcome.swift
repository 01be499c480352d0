/// How the probe's request ended: with an answer from the website, or with a failure
/// sorted by what it suggests to a defender.
enum FetchOutcome: Hashable, Sendable {
    /// Why no answer came.
    enum Failure: Hashable, Sendable {
        /// Nothing arrived within the time allowed.
        case timeout
        /// The name could not be resolved when the request was made.
        case dnsFailure
        /// A secure (TLS) connection could not be set up: a bad certificate or interception.
        case insecureConnection
        /// The connection was refused, dropped, or could not be made.
        case unreachable
    }

    /// The website answered.
    case response(SiteResponse)
    /// It did not; `detail` is the system's own description, for helpers.
    case failure(Failure, detail: String)
}
