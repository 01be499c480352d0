import Foundation
import PlaybookKit

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Makes the probe's single HTTP request with URLSession (which also speaks TLS): no
/// redirect is followed, no cookie or cache is kept, the body is read only up to
/// `bodyLimit` bytes, and the whole exchange is abandoned after the timeout even if
/// the system's own timers do not fire.
struct SiteFetcher: Sendable {
    /// How much of the body is read before the transfer is stopped; only the headers
    /// matter to the probe.
    var bodyLimit = 8 << 10
    /// Extra seconds allowed past the timeout before the request is cancelled by force.
    var grace = 1.0

    /// Requests `url` once with GET, waiting at most `timeout` seconds.
    func fetch(_ url: URL, timeout: Double) -> FetchOutcome {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        configuration.urlCache = nil
        configuration.httpCookieAcceptPolicy = .never
        configuration.httpShouldSetCookies = false
        configuration.httpMaximumConnectionsPerHost = 1

        let recorder = ProbeRecorder(bodyLimit: bodyLimit)
        let session = URLSession(configuration: configuration, delegate: recorder, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData, timeoutInterval: timeout)
        request.httpMethod = "GET"
        request.setValue("text/html,*/*;q=0.8", forHTTPHeaderField: "Accept")

        let task = session.dataTask(with: request)
        recorder.start()
        task.resume()
        guard recorder.finished.wait(timeout: .now() + timeout + grace) == .success else {
            task.cancel()
            return .failure(.timeout, detail: "no answer within \(Value.number(timeout).displayText) seconds")
        }
        return recorder.outcome()
    }
}
