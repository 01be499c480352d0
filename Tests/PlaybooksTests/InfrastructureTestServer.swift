import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for the probe tests. It
/// answers by path and counts what it saw, so tests can tell whether anything was
/// contacted and whether a redirect was followed:
/// - `/ok`: 200 with a short page
/// - `/moved`: 301 to `/ok` on the same server
/// - `/elsewhere`: 302 to another site (never contacted: the probe does not follow)
/// - `/unavailable`: 503 with `Retry-After`
/// - `/challenge`: 403 marked as a Cloudflare visitor check
/// - `/large`: 200 with a body far larger than the probe reads
/// - `/silent`: reads the request and never answers
final class InfrastructureTestServer: @unchecked Sendable {
    /// The port it listens on.
    let port: UInt16

    private let listener: Int32
    private let lock = NSLock()
    private var connectionCount = 0
    private var paths: [String] = []
    private var heldOpen: [Int32] = []
    private var stopped = false

    /// Starts listening; throws when no socket could be opened.
    init() throws {
        #if canImport(Glibc)
            let stream = Int32(SOCK_STREAM.rawValue)
        #else
            let stream = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, stream, 0)
        guard descriptor >= 0 else { throw InfrastructureTestServerError.socket(errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            close(descriptor)
            throw InfrastructureTestServerError.socket(errno)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        listener = descriptor
        port = UInt16(bigEndian: address.sin_port)
        Thread { [self] in acceptLoop() }.start()
    }

    /// The base address, e.g. `http://127.0.0.1:40123`.
    var base: String { "http://127.0.0.1:\(port)" }

    /// How many connections were accepted.
    var connections: Int { lock.withLock { connectionCount } }

    /// The paths requested, in order.
    var requestedPaths: [String] { lock.withLock { paths } }

    /// Stops listening and closes connections held open. The listening socket is only
    /// shut down here; the accept loop closes it once it has stopped using it, so its
    /// descriptor number cannot be handed to another test's socket while still in use.
    func stop() {
        let held = lock.withLock { () -> [Int32] in
            stopped = true
            defer { heldOpen = [] }
            return heldOpen
        }
        shutdown(listener, Int32(SHUT_RDWR))
        for descriptor in held { close(descriptor) }
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                close(listener)
                return
            }
            lock.withLock { connectionCount += 1 }
            Thread { [self] in serve(client) }.start()
        }
    }

    private func serve(_ client: Int32) {
        guard let path = readRequestPath(client) else {
            close(client)
            return
        }
        lock.withLock { paths.append(path) }
        switch path {
        case "/ok":
            respond(client, status: "200 OK", headers: ["Content-Type: text/html"], body: "<p>hello</p>")
        case "/moved":
            respond(client, status: "301 Moved Permanently", headers: ["Location: \(base)/ok"], body: "")
        case "/elsewhere":
            respond(client, status: "302 Found", headers: ["Location: https://example.org/blocked"], body: "")
        case "/unavailable":
            respond(
                client, status: "503 Service Unavailable", headers: ["Retry-After: 120", "Server: test-host"],
                body: "busy")
        case "/challenge":
            respond(
                client, status: "403 Forbidden", headers: ["Server: cloudflare", "cf-mitigated: challenge"],
                body: "Just a moment...")
        case "/large":
            respond(client, status: "200 OK", headers: [], body: String(repeating: "x", count: 4 << 20))
        case "/silent":
            let keep = lock.withLock { () -> Bool in
                if !stopped { heldOpen.append(client) }
                return !stopped
            }
            if !keep { close(client) }
        default:
            respond(client, status: "404 Not Found", headers: [], body: "")
        }
    }

    private func readRequestPath(_ client: Int32) -> String? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while received.count < 16 << 10 {
            let count = recv(client, &buffer, buffer.count, 0)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            received += buffer[0..<count]
            if received.count >= 4, received.suffix(4) == [13, 10, 13, 10] { break }
        }
        let head = String(decoding: received, as: UTF8.self)
        let requestLine = head.split(separator: "\r\n", maxSplits: 1).first ?? ""
        let words = requestLine.split(separator: " ")
        return words.count >= 2 ? String(words[1]) : nil
    }

    #if canImport(Glibc)
        private static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
        private static let sendFlags: Int32 = 0
    #endif

    private func respond(_ client: Int32, status: String, headers: [String], body: String) {
        let bodyBytes = Array(body.utf8)
        let head =
            (["HTTP/1.1 \(status)", "Content-Length: \(bodyBytes.count)", "Connection: close"] + headers)
            .joined(separator: "\r\n") + "\r\n\r\n"
        let bytes = Array(head.utf8) + bodyBytes
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                send(client, $0.baseAddress, $0.count, InfrastructureTestServer.sendFlags)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            sent += count
        }
        close(client)
    }
}

/// Why the test server could not start.
enum InfrastructureTestServerError: Error {
    case socket(Int32)
}
