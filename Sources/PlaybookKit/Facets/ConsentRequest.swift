/// What an action asks before it contacts the network: the full address it will fetch or
/// look up and why, so the person can judge the risk (a probe from their own connection is
/// visible to whoever watches the network or the site, and a path or query built from
/// answers tells the site what was typed).
public struct ConsentRequest: Hashable, Sendable {
    /// Everything that will be sent in the clear to the network: the whole URL with its
    /// path and query (`https://example.org/status?x=1`), or the host name for a lookup.
    public var address: String
    /// The host that will be contacted, e.g. `example.org`.
    public var host: String
    /// Why, in a few words, e.g. "check whether the website answers".
    public var purpose: String

    /// Creates a request for `address` on `host`.
    public init(address: String, host: String, purpose: String) {
        self.address = address
        self.host = host
        self.purpose = purpose
    }
}
