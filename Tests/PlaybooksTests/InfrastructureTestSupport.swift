import Foundation
import InfrastructureFacet
import PlaybookKit

/// Records every consent question and answers them all the same way.
final class InfrastructureConsentLog: @unchecked Sendable {
    private let lock = NSLock()
    private var asked: [ConsentRequest] = []
    private let answer: Bool

    init(answer: Bool) {
        self.answer = answer
    }

    /// The questions asked so far.
    var requests: [ConsentRequest] { lock.withLock { asked } }

    /// A context whose consent questions go to this log.
    var context: ActionContext {
        ActionContext(
            clock: FixedClock(start: Date(timeIntervalSince1970: 1_800_000_000)),
            askConsent: { [self] request in
                lock.withLock { asked.append(request) }
                return answer
            },
            workspace: FileManager.default.temporaryDirectory)
    }
}

/// A resolver that gives a fixed answer and counts the names it was asked for, so tests
/// never reach a DNS server.
final class InfrastructureFakeResolver: HostResolver, @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String] = []
    private let answer: HostResolution

    init(_ answer: HostResolution) {
        self.answer = answer
    }

    /// The names looked up so far.
    var lookedUp: [String] { lock.withLock { names } }

    func resolve(_ host: String, timeout: Double) -> HostResolution {
        lock.withLock { names.append(host) }
        return answer
    }
}
