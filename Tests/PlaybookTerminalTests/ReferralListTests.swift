import PlaybookKit
import PlaybookTerminal
import Testing

@Suite("Referral list in the terminal")
struct ReferralListTests {
    static func organisation(_ id: String, emergency: Bool = false, servesOnly: [String] = []) -> Organisation {
        Organisation(
            id: id, name: "Org \(id)", website: "https://\(id).example", summary: "", services: ["legal", "digital_helpline"],
            languages: ["en"], regions: ["global"], beneficiaries: [], servesOnly: servesOnly,
            contacts: [
                ContactMethod(kind: "phone", value: "+00 \(id)", source: "s", checked: "2026-11-01", emergency: emergency),
                ContactMethod(kind: "email", value: "\(id)@example.org", source: "s", checked: "2026-11-02"),
            ],
            source: "s", checked: "2026-11-01")
    }

    @Test("services in words, the emergency line once and first, who alone it serves, and how to see the rest")
    func lines() {
        let directory = ResponderDirectory(
            organisations: [Self.organisation("a", emergency: true), Self.organisation("b", servesOnly: ["journalists"])]
                + (1...6).map { Self.organisation("c\($0)") })
        let need = ReferralNeed(services: ["legal"], urgent: true, profile: ReferralProfile(region: "asia"))
        let text = ReferralList.lines(for: directory.referrals(for: need), text: .english, words: .english, width: 80)
            .joined(separator: "\n")
        #expect(text.hasPrefix("Organisations that can help (legal help):\n  - Org a: https://a.example\n    Emergency line, day and night: +00 a\n    Offers: legal help\n    email: a@example.org (checked 2026-11-02)"))
        #expect(text.components(separatedBy: "+00 a").count == 2, "the emergency line is not listed twice")
        #expect(!text.contains("legal,") && !text.contains("digital_helpline"))
        #expect(!text.contains("Org b"), "the journalists-only organisation comes after the five shown")
        #expect(text.contains("  3 more organisations fit.\n  To see them all: playbook orgs --service legal --urgent --region asia"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test("nothing that fits says where to turn")
    func none() {
        let selection = ResponderDirectory(organisations: []).referrals(for: ReferralNeed(services: ["forensics"]))
        let lines = ReferralList.lines(for: selection, text: .english, words: .english, width: 80)
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("  No organisation in the directory offers this yet; a digital security helpline"))
    }
}
