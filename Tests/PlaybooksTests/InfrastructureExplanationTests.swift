import Foundation
import Testing

@testable import InfrastructureFacet

@Suite("infrastructure probe explanations")
struct InfrastructureExplanationTests {
    @Test(arguments: [
        ("10.1.2.3", true), ("127.0.0.1", true), ("192.168.0.9", true), ("172.20.0.1", true), ("169.254.1.1", true),
        ("0.0.0.0", true), ("::1", true), ("::", true), ("fd00::1", true), ("fe80::1", true), ("::ffff:10.0.0.1", true),
        ("172.32.0.1", false), ("93.184.215.14", false), ("2001:db8::1", false), ("not an address", false),
    ])
    func localAddresses(address: String, local: Bool) {
        #expect(LocalAddress.isLocal(address) == local)
    }

    @Test func aPublicNameOnALocalAddressIsFlagged() throws {
        let warning = try #require(
            ProbeExplanation.localAddressWarning(host: "news.example", addresses: ["93.184.215.14", "10.10.34.35"]))
        #expect(warning.contains("10.10.34.35"))
        #expect(warning.contains("false answers"))
    }

    @Test func loopbackNamesAndPublicAddressesAreNotFlagged() {
        #expect(ProbeExplanation.localAddressWarning(host: "localhost", addresses: ["127.0.0.1"]) == nil)
        #expect(ProbeExplanation.localAddressWarning(host: "127.0.0.1", addresses: ["127.0.0.1"]) == nil)
        #expect(ProbeExplanation.localAddressWarning(host: "news.example", addresses: ["93.184.215.14"]) == nil)
    }

    @Test(arguments: [
        (451, "legal reasons"), (429, "too many requests"), (500, "error log"), (502, "gateway"), (404, "not found"),
        (401, "login"),
    ])
    func statusCodesAreExplained(status: Int, phrase: String) throws {
        let response = SiteResponse(
            status: status, location: nil, server: nil, isProtectionChallenge: false, milliseconds: 20)
        let text = ProbeExplanation.response(response, requested: try #require(URL(string: "https://news.example/")))
        #expect(text.contains(phrase))
        #expect(text.hasSuffix(ProbeExplanation.compareElsewhere))
    }

    @Test func aSlowAnswerIsCalledSlow() throws {
        let response = SiteResponse(
            status: 200, location: nil, server: nil, isProtectionChallenge: false, milliseconds: 9000)
        let text = ProbeExplanation.response(response, requested: try #require(URL(string: "https://news.example/")))
        #expect(text.contains("slow"))
    }

    @Test func aRedirectToTheWWWNameIsTheSameSite() throws {
        let response = SiteResponse(
            status: 301, location: "https://www.news.example/", server: nil, isProtectionChallenge: false, milliseconds: 5)
        let text = ProbeExplanation.response(response, requested: try #require(URL(string: "http://news.example/")))
        #expect(text.contains("same site"))
    }

    @Test func headerValuesLoseControlCharacters() {
        #expect(HeaderText.clean("nginx\u{1B}[31m\r\nX-Evil: 1") == "nginx[31mX-Evil: 1")
        #expect(HeaderText.clean("a\u{202E}b") == "ab")
        #expect(HeaderText.clean(String(repeating: "s", count: 1000)).count == HeaderText.maximumLength)
    }

    @Test(arguments: ProbeVerdict.allCases)
    func verdictsAreLowercaseWithHyphens(verdict: ProbeVerdict) {
        #expect(verdict.rawValue.allSatisfy { $0.isLowercase || $0 == "-" })
    }
}
