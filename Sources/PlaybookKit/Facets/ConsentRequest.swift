/// What an action asks before it contacts the network: the host it will contact and why,
/// so the person can judge the risk (a probe from their own connection is visible to
/// whoever watches the network or the site).
public struct ConsentRequest: Hashable, Sendable {
    /// The host that will be contacted, e.g. `example.org`.
    public var host: String
    /// Why, in a few words, e.g. "check whether the website answers".
    public var purpose: String

    /// Creates a request.
    public init(host: String, purpose: String) {
        self.host = host
        self.purpose = purpose
    }
}
