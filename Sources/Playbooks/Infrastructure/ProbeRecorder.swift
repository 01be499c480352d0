import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// URLSession's delegate for one probe: refuses every redirect (the probe reports where
/// it points instead of going there), keeps the first response, stops reading the body
/// after a few kilobytes, and signals `finished` when the task ends. Callbacks arrive on
/// URLSession's queue while the prober waits on `finished`, hence the lock.
final class ProbeRecorder: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// Signalled once, when the task has completed.
    let finished = DispatchSemaphore(value: 0)

    private let bodyLimit: Int
    private let lock = NSLock()
    private let clock = ContinuousClock()
    private var started: ContinuousClock.Instant?
    private var answered: ContinuousClock.Instant?
    private var response: HTTPURLResponse?
    private var bodyBytes = 0
    private var stoppedReading = false
    private var error: (any Error)?

    init(bodyLimit: Int) {
        self.bodyLimit = bodyLimit
    }

    /// Marks the moment the request is sent.
    func start() {
        lock.withLock { started = clock.now }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        keep(response)
        completionHandler(nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        if let response = response as? HTTPURLResponse { keep(response) }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let enough = lock.withLock { () -> Bool in
            bodyBytes += data.count
            if bodyBytes >= bodyLimit, !stoppedReading {
                stoppedReading = true
                return true
            }
            return false
        }
        if enough { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let response = task.response as? HTTPURLResponse { keep(response) }
        lock.withLock { self.error = error }
        finished.signal()
    }

    /// What the finished task amounts to.
    func outcome() -> FetchOutcome {
        lock.withLock {
            if let response, let started {
                let elapsed = (answered ?? clock.now) - started
                let (seconds, attoseconds) = elapsed.components
                let milliseconds = Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
                let mitigation = response.value(forHTTPHeaderField: "cf-mitigated")?.lowercased()
                return .response(
                    SiteResponse(
                        status: response.statusCode,
                        location: response.value(forHTTPHeaderField: "Location").map(HeaderText.clean),
                        server: response.value(forHTTPHeaderField: "Server").map(HeaderText.clean),
                        isProtectionChallenge: mitigation == "challenge",
                        milliseconds: milliseconds))
            }
            return ProbeRecorder.failure(error)
        }
    }

    private func keep(_ response: HTTPURLResponse) {
        lock.withLock {
            if self.response == nil {
                self.response = response
                answered = clock.now
            }
        }
    }

    private static func failure(_ error: (any Error)?) -> FetchOutcome {
        guard let error = error as? URLError else {
            return .failure(.unreachable, detail: error.map { "\($0)" } ?? "the connection ended without an answer")
        }
        let detail = error.localizedDescription
        switch error.code {
        case .timedOut:
            return .failure(.timeout, detail: detail)
        case .cannotFindHost, .dnsLookupFailed:
            return .failure(.dnsFailure, detail: detail)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
            .clientCertificateRequired:
            return .failure(.insecureConnection, detail: detail)
        default:
            return .failure(.unreachable, detail: detail)
        }
    }
}
