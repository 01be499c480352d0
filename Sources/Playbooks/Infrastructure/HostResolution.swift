/// What looking up a host name gave: its addresses, or why there are none. A timed-out
/// lookup is kept apart from a failed one because it points at a slow or blocking
/// network rather than at a missing name.
public enum HostResolution: Hashable, Sendable {
    /// The name resolved; addresses in numeric form, each once, in the resolver's order.
    case resolved(ipv4: [String], ipv6: [String])
    /// The resolver answered that the name has no usable address; `reason` is its message.
    case failed(reason: String)
    /// The resolver did not answer in time.
    case timedOut
}
