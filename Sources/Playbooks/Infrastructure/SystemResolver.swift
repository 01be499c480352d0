import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The operating system's resolver (`getaddrinfo`): the hosts file, then the network's
/// DNS servers, exactly as a browser on this computer would see the name.
/// `getaddrinfo` has no timeout of its own, so the lookup runs on its own thread and
/// is abandoned, not awaited, once the timeout passes.
public struct SystemResolver: HostResolver {
    /// Creates the system resolver.
    public init() {}

    public func resolve(_ host: String, timeout: Double) -> HostResolution {
        let box = ResolutionBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.store(SystemResolver.lookUp(host))
            done.signal()
        }
        thread.start()
        guard done.wait(timeout: .now() + max(0, timeout)) == .success, let result = box.result else {
            return .timedOut
        }
        return result
    }

    /// Asks `getaddrinfo` for the stream addresses of `host`, both families.
    static func lookUp(_ host: String) -> HostResolution {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0 else {
            return .failed(reason: SystemResolver.describe(status))
        }
        defer { freeaddrinfo(list) }
        var ipv4: [String] = []
        var ipv6: [String] = []
        var entry = list
        while let current = entry {
            if let address = current.pointee.ai_addr, let text = numericHost(address, length: current.pointee.ai_addrlen) {
                if current.pointee.ai_family == AF_INET, !ipv4.contains(text) {
                    ipv4.append(text)
                } else if current.pointee.ai_family == AF_INET6, !ipv6.contains(text) {
                    ipv6.append(text)
                }
            }
            entry = current.pointee.ai_next
        }
        if ipv4.isEmpty && ipv6.isEmpty {
            return .failed(reason: "the name has no IPv4 or IPv6 address")
        }
        return .resolved(ipv4: ipv4, ipv6: ipv6)
    }

    private static func numericHost(_ address: UnsafeMutablePointer<sockaddr>, length: socklen_t) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        let status = getnameinfo(address, length, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST)
        guard status == 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func describe(_ status: Int32) -> String {
        switch status {
        case EAI_NONAME: return "the name does not exist or has no address"
        case EAI_AGAIN: return "the DNS server did not give a final answer; it may be unreachable or blocking the name"
        case EAI_FAIL: return "the DNS server failed to answer"
        default: return String(cString: gai_strerror(status))
        }
    }
}

/// Hands a lookup's result from the resolving thread to the waiting one.
private final class ResolutionBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: HostResolution?

    var result: HostResolution? { lock.withLock { stored } }

    func store(_ resolution: HostResolution) {
        lock.withLock { stored = resolution }
    }
}
