import Foundation
import InfrastructureFacet
import PlaybookKit
import Testing

@Suite("infrastructure.probe-site")
struct InfrastructureProbeTests {
    private func probe(
        _ url: String, timeout: Double? = nil, consent: Bool = true,
        resolver: any HostResolver = SystemResolver()
    ) throws -> (result: ActionResult, consent: InfrastructureConsentLog) {
        let log = InfrastructureConsentLog(answer: consent)
        var parameters: [String: Value] = ["url": .string(url)]
        if let timeout { parameters["timeout"] = .number(timeout) }
        let result = try InfrastructureFacet(resolver: resolver)
            .perform(ActionRequest(name: "probe-site", parameters: parameters), context: log.context)
        return (result, log)
    }

    @Test func aSiteThatAnswersIsUp() throws {
        let server = try InfrastructureTestServer()
        defer { server.stop() }
        let (result, log) = try probe("\(server.base)/ok")
        let outputs = result.outputs
        #expect(outputs["consent"] == true)
        #expect(outputs["status"] == "checked")
        #expect(outputs["verdict"] == "up")
        #expect(outputs["http-status"] == 200)
        #expect(outputs["redirect-to"] == .null)
        #expect(outputs["addresses"] == ["127.0.0.1"])
        #expect(outputs["response-ms"]?.number != nil)
        #expect(outputs["host"] == "127.0.0.1")
        #expect(
            log.requests == [
                ConsentRequest(address: "http://127.0.0.1:\(server.port)/ok", host: "127.0.0.1", purpose: "check whether the website answers from this computer")
            ])
        #expect(server.requestedPaths == ["/ok"])
        #expect(outputs["explanation"]?.string?.contains("compare with a digital security helpline") == true)
    }

    @Test func aRedirectIsReportedAndNotFollowed() throws {
        let server = try InfrastructureTestServer()
        defer { server.stop() }
        let outputs = try probe("\(server.base)/moved").result.outputs
        #expect(outputs["verdict"] == "redirects")
        #expect(outputs["http-status"] == 301)
        #expect(outputs["redirect-to"] == .string("\(server.base)/ok"))
        #expect(outputs["explanation"]?.string?.contains("same site") == true)
        #expect(server.requestedPaths == ["/moved"])
    }

    @Test func aRedirectToAnotherSiteIsAWarning() throws {
        let server = try InfrastructureTestServer()
        defer { server.stop() }
        let outputs = try probe("\(server.base)/elsewhere").result.outputs
        #expect(outputs["verdict"] == "redirects")
        #expect(outputs["http-status"] == 302)
        #expect(outputs["redirect-to"] == "https://example.org/blocked")
        #expect(outputs["explanation"]?.string?.contains("different website, example.org") == true)
        #expect(server.requestedPaths == ["/elsewhere"])
    }

    @Test func unavailableIsAServerErrorWithAHostingExplanation() throws {
        let server = try InfrastructureTestServer()
        defer { server.stop() }
        let outputs = try probe("\(server.base)/unavailable").result.outputs
        #expect(outputs["verdict"] == "server-error")
        #expect(outputs["http-status"] == 503)
        #expect(outputs["server"] == "test-host")
        let explanation = try #require(outputs["explanation"]?.string)
        #expect(explanation.contains("hosting provider"))
        #expect(explanation.contains("suspended"))
    }

    @Test func aProtectionChallengeIsRecognised() throws {
        let server = try InfrastructureTestServer()
        defer { server.stop() }
        let outputs = try probe("\(server.base)/challenge").result.outputs
        #expect(outputs["verdict"] == "client-error")
        #expect(outputs["http-status"] == 403)
        #expect(outputs["explanation"]?.string?.contains("visitor check") == true)
    }

    @Test func aMissingPageIsAClientError() throws {
        let server = try InfrastructureTestServer()
        defer { server.stop() }
        let outputs = try probe("\(server.base)/nothing-here").result.outputs
        #expect(outputs["verdict"] == "client-error")
        #expect(outputs["http-status"] == 404)
    }

    @Test func aLargePageIsReadOnlyInPart() throws {
        let server = try InfrastructureTestServer()
        defer { server.stop() }
        let outputs = try probe("\(server.base)/large").result.outputs
        #expect(outputs["verdict"] == "up")
        #expect(outputs["http-status"] == 200)
        #expect(outputs["error"] == .null)
    }

    @Test func aServerThatNeverAnswersTimesOut() throws {
        let server = try InfrastructureTestServer()
        defer { server.stop() }
        let outputs = try probe("\(server.base)/silent", timeout: 0.5).result.outputs
        #expect(outputs["verdict"] == "timeout")
        #expect(outputs["http-status"] == .null)
        #expect(outputs["response-ms"] == .null)
        #expect(outputs["explanation"]?.string?.contains("did not answer within 0.5 seconds") == true)
    }

    @Test func aClosedPortIsUnreachable() throws {
        let server = try InfrastructureTestServer()
        let base = server.base
        server.stop()
        let outputs = try probe("\(base)/ok", timeout: 5).result.outputs
        #expect(outputs["verdict"] == "unreachable")
        #expect(outputs["error"]?.string?.isEmpty == false)
    }

    @Test func declinedConsentContactsNothing() throws {
        let server = try InfrastructureTestServer()
        defer { server.stop() }
        let resolver = InfrastructureFakeResolver(.resolved(ipv4: ["127.0.0.1"], ipv6: []))
        let (result, log) = try probe("\(server.base)/ok", consent: false, resolver: resolver)
        let outputs = result.outputs
        #expect(outputs["consent"] == false)
        #expect(outputs["status"] == "not-checked")
        #expect(outputs["verdict"] == "not-checked")
        #expect(outputs["http-status"] == .null)
        #expect(outputs["addresses"] == [])
        #expect(log.requests.count == 1)
        #expect(resolver.lookedUp.isEmpty)
        #expect(server.connections == 0)
        #expect(server.requestedPaths.isEmpty)
    }

    @Test func anIPv6AddressIsAskedAboutWithoutBrackets() throws {
        let resolver = InfrastructureFakeResolver(.resolved(ipv4: [], ipv6: ["::1"]))
        let (result, log) = try probe("http://[::1]:8080/status#top", consent: false, resolver: resolver)
        #expect(result.outputs["host"] == "::1")
        #expect(result.outputs["url"] == "http://[::1]:8080/status")
        #expect(log.requests.map(\.host) == ["::1"])
    }

    @Test func aNameThatDoesNotResolveIsADNSFailure() throws {
        let resolver = InfrastructureFakeResolver(.failed(reason: "the name does not exist or has no address"))
        let (result, log) = try probe("https://no-such-site.example/", resolver: resolver)
        let outputs = result.outputs
        #expect(outputs["verdict"] == "dns-failure")
        #expect(outputs["error"] == "the name does not exist or has no address")
        #expect(outputs["http-status"] == .null)
        #expect(outputs["explanation"]?.string?.contains("censoring") == true)
        #expect(resolver.lookedUp == ["no-such-site.example"])
        #expect(log.requests.first?.host == "no-such-site.example")
    }

    @Test func aResolverTimeoutIsADNSFailure() throws {
        let resolver = InfrastructureFakeResolver(.timedOut)
        let outputs = try probe("https://slow-dns.example/", resolver: resolver).result.outputs
        #expect(outputs["verdict"] == "dns-failure")
        #expect(outputs["error"] == "the name lookup got no answer in time")
    }

    @Test(arguments: [
        "ftp://example.org/", "example.org", "https://", "javascript:alert(1)", "https://user:secret@example.org/",
        "https://exa mple.org/", "", "https://example.org:0/",
    ])
    func invalidAddressesAreRefusedBeforeAsking(url: String) throws {
        let log = InfrastructureConsentLog(answer: true)
        let resolver = InfrastructureFakeResolver(.resolved(ipv4: ["127.0.0.1"], ipv6: []))
        #expect(throws: ActionError.self) {
            try InfrastructureFacet(resolver: resolver)
                .perform(ActionRequest(name: "probe-site", parameters: ["url": .string(url)]), context: log.context)
        }
        #expect(log.requests.isEmpty)
        #expect(resolver.lookedUp.isEmpty)
    }

    @Test(arguments: [0.0, 0.1, 61, -1, Double.infinity])
    func timeoutsOutOfRangeAreRefused(timeout: Double) {
        let log = InfrastructureConsentLog(answer: true)
        let request = ActionRequest(
            name: "probe-site", parameters: ["url": "https://example.org", "timeout": .number(timeout)])
        #expect(throws: ActionError.invalidParameter("timeout", "give a number of seconds from 0.2 to 60")) {
            try InfrastructureFacet().perform(request, context: log.context)
        }
        #expect(log.requests.isEmpty)
    }

    @Test func aMissingURLIsNamed() {
        let log = InfrastructureConsentLog(answer: true)
        #expect(throws: ActionError.missingParameter("url")) {
            try InfrastructureFacet().perform(ActionRequest(name: "probe-site", parameters: [:]), context: log.context)
        }
    }
}
