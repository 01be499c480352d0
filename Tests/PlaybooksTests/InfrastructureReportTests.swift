import InfrastructureFacet
import PlaybookKit
import Testing

@Suite("infrastructure report section")
struct InfrastructureReportTests {
    private let facet = InfrastructureFacet()

    @Test func nothingRunMeansNoSection() {
        #expect(facet.reportSection(for: []) == nil)
        let other = ActionRecord(step: "x", action: "legal.deadline", parameters: [:], result: ActionResult(outputs: [:]))
        #expect(facet.reportSection(for: [other]) == nil)
    }

    @Test func probesLookupsAndChecklistAreReported() throws {
        let probe = ActionRecord(
            step: "probe", action: "infrastructure.probe-site", parameters: ["url": "https://news.example/"],
            result: ActionResult(outputs: [
                "consent": true, "status": "checked", "verdict": "server-error", "url": "https://news.example/",
                "host": "news.example", "addresses": ["192.0.2.10"], "http-status": 503, "redirect-to": .null,
                "response-ms": 120, "server": "evil`server", "error": .null,
                "explanation": "The website is temporarily unavailable.",
            ]))
        let declined = ActionRecord(
            step: "probe-again", action: "infrastructure.probe-site", parameters: [:],
            result: ActionResult(outputs: ["consent": false, "url": "https://other.example/"]))
        let lookup = ActionRecord(
            step: "lookup", action: "infrastructure.dns-lookup", parameters: [:],
            result: ActionResult(outputs: [
                "consent": true, "host": "news.example", "resolved": true, "ipv4": ["192.0.2.10"], "ipv6": [],
            ]))
        let hardening = ActionRecord(
            step: "harden", action: "infrastructure.hardening", parameters: [:],
            result: ActionResult(outputs: [
                "items": [["id": "enable-2fa", "text": "Turn on 2FA.", "level": "beginner"]]
            ]))
        let section = try #require(facet.reportSection(for: [probe, declined, lookup, hardening]))
        #expect(section.title == "Infrastructure")
        let text = section.markdown
        #expect(text.contains("### Website check: `https://news.example/`"))
        #expect(text.contains("- Verdict: **server-error**"))
        #expect(text.contains("- HTTP status: 503"))
        #expect(text.contains("- Server: `evil'server`"))
        #expect(text.contains("The website is temporarily unavailable."))
        #expect(text.contains("Not checked: the person chose not to contact the website"))
        #expect(text.contains("- IPv4: `192.0.2.10`"))
        #expect(text.contains("- IPv6: none"))
        #expect(text.contains("- [ ] Turn on 2FA. (beginner)"))
    }

    @Test func theFacetDeclaresItsActions() {
        #expect(facet.id == "infrastructure")
        #expect(facet.title == "Infrastructure")
        #expect(facet.actions.map(\.name) == ["probe-site", "dns-lookup", "hardening"])
        for action in facet.actions {
            for output in action.outputs {
                #expect(output.name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
            }
        }
        #expect(facet.action(named: "probe-site")?.parameter(named: "timeout")?.required == false)
    }

    @Test func anUnknownActionIsRefused() {
        #expect(throws: ActionError.unknownAction("traceroute")) {
            try facet.perform(
                ActionRequest(name: "traceroute", parameters: [:]), context: InfrastructureConsentLog(answer: true).context)
        }
    }
}
