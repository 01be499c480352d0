import Foundation
import InfrastructureFacet
import PlaybookKit
import Testing

@Suite("infrastructure.dns-lookup")
struct InfrastructureDNSTests {
    private func lookUp(
        _ host: String, consent: Bool = true, resolver: any HostResolver = SystemResolver()
    ) throws -> (result: ActionResult, consent: InfrastructureConsentLog) {
        let log = InfrastructureConsentLog(answer: consent)
        let result = try InfrastructureFacet(resolver: resolver)
            .perform(ActionRequest(name: "dns-lookup", parameters: ["host": .string(host)]), context: log.context)
        return (result, log)
    }

    @Test func localhostResolvesToLoopbackAddresses() throws {
        let (result, log) = try lookUp("localhost")
        let outputs = result.outputs
        #expect(outputs["resolved"] == true)
        #expect(outputs["error"] == .null)
        let ipv4 = try #require(outputs["ipv4"]?.list).compactMap(\.string)
        let ipv6 = try #require(outputs["ipv6"]?.list).compactMap(\.string)
        #expect(ipv4.contains("127.0.0.1"))
        #expect(ipv4.allSatisfy { $0.hasPrefix("127.") })
        #expect(ipv6.allSatisfy { $0 == "::1" })
        #expect(log.requests == [ConsentRequest(address: "localhost", host: "localhost", purpose: "look up the addresses of localhost")])
    }

    @Test func numericAddressesResolveToThemselves() throws {
        let outputs = try lookUp("[::1]").result.outputs
        #expect(outputs["host"] == "::1")
        #expect(outputs["ipv6"] == ["::1"])
        #expect(outputs["ipv4"] == [])
    }

    @Test func namesAreLowerCasedWithoutTheTrailingDot() throws {
        let resolver = InfrastructureFakeResolver(.resolved(ipv4: ["192.0.2.10"], ipv6: ["2001:db8::10"]))
        let outputs = try lookUp("News.Example.", resolver: resolver).result.outputs
        #expect(resolver.lookedUp == ["news.example"])
        #expect(outputs["ipv4"] == ["192.0.2.10"])
        #expect(outputs["ipv6"] == ["2001:db8::10"])
    }

    @Test func declinedConsentLooksNothingUp() throws {
        let resolver = InfrastructureFakeResolver(.resolved(ipv4: ["192.0.2.10"], ipv6: []))
        let (result, log) = try lookUp("news.example", consent: false, resolver: resolver)
        #expect(result.outputs["consent"] == false)
        #expect(result.outputs["status"] == "not-checked")
        #expect(result.outputs["resolved"] == false)
        #expect(result.outputs["ipv4"] == [])
        #expect(log.requests.count == 1)
        #expect(resolver.lookedUp.isEmpty)
    }

    @Test func aFailedLookupSaysWhy() throws {
        let resolver = InfrastructureFakeResolver(.failed(reason: "the name does not exist or has no address"))
        let outputs = try lookUp("gone.example", resolver: resolver).result.outputs
        #expect(outputs["resolved"] == false)
        #expect(outputs["error"] == "the name does not exist or has no address")
    }

    @Test func aTimedOutLookupSaysSo() throws {
        let outputs = try lookUp("slow.example", resolver: InfrastructureFakeResolver(.timedOut)).result.outputs
        #expect(outputs["resolved"] == false)
        #expect(outputs["error"]?.string?.contains("did not answer") == true)
    }

    @Test(arguments: [
        "", "   ", "https://example.org", "example.org/path", "exa mple.org", "-example.org", "example-.org",
        "a..b", "ex_ample.org", "bücher.example", String(repeating: "a", count: 64) + ".org",
        String(repeating: "abcdefghi.", count: 26) + "org",
    ])
    func invalidNamesAreRefusedBeforeAsking(host: String) {
        let log = InfrastructureConsentLog(answer: true)
        let resolver = InfrastructureFakeResolver(.resolved(ipv4: ["192.0.2.10"], ipv6: []))
        #expect(throws: ActionError.self) {
            try InfrastructureFacet(resolver: resolver)
                .perform(ActionRequest(name: "dns-lookup", parameters: ["host": .string(host)]), context: log.context)
        }
        #expect(log.requests.isEmpty)
        #expect(resolver.lookedUp.isEmpty)
    }

    @Test func aNonTextHostIsRefused() {
        let log = InfrastructureConsentLog(answer: true)
        #expect(throws: ActionError.invalidParameter("host", "expected text, got a number")) {
            try InfrastructureFacet()
                .perform(ActionRequest(name: "dns-lookup", parameters: ["host": 42]), context: log.context)
        }
    }
}
