/// Turns host names into addresses. Injected into `InfrastructureFacet` so that tests
/// can stand in for the system resolver, which would otherwise ask the network's DNS
/// servers for any name not in the local hosts file.
public protocol HostResolver: Sendable {
    /// Looks `host` up, giving up after `timeout` seconds.
    func resolve(_ host: String, timeout: Double) -> HostResolution
}
