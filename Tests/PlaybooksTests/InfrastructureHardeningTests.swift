import InfrastructureFacet
import PlaybookKit
import Testing

@Suite("infrastructure.hardening")
struct InfrastructureHardeningTests {
    private func checklist(_ parameters: [String: Value]) throws -> [[String: Value]] {
        let result = try InfrastructureFacet()
            .perform(
                ActionRequest(name: "hardening", parameters: parameters),
                context: InfrastructureConsentLog(answer: false).context)
        let items = try #require(result.outputs["items"]?.list).compactMap(\.record)
        #expect(result.outputs["count"] == .number(Double(items.count)))
        return items
    }

    private func ids(_ items: [[String: Value]]) -> [String] {
        items.compactMap { $0["id"]?.string }
    }

    @Test func anUnprotectedWordPressSiteOnSharedHosting() throws {
        let items = try checklist([
            "cms": "wordpress", "hosting": "shared", "admins": 6, "has-2fa": false, "has-backups": false, "has-cdn": false,
        ])
        #expect(
            ids(items) == [
                "enable-2fa", "remove-unused-admins", "unique-passwords", "start-backups", "test-restore",
                "update-software", "remove-unused-extensions", "limit-logins", "ask-host", "ddos-protection",
                "registrar-lock",
            ])
        let admins = try #require(items.first { $0["id"] == "remove-unused-admins" })
        #expect(admins["text"]?.string?.contains("6 people") == true)
        let ddos = try #require(items.first { $0["id"] == "ddos-protection" })
        let text = try #require(ddos["text"]?.string)
        #expect(text.contains("Deflect") && text.contains("Project Galileo") && text.contains("Project Shield"))
        #expect(ddos["level"] == "beginner")
    }

    @Test func aProtectedSelfHostedDrupalSiteWithOneAdmin() throws {
        let items = try checklist([
            "cms": "Drupal", "hosting": "self-hosted", "admins": 1, "has-2fa": true, "has-backups": true, "has-cdn": true,
        ])
        #expect(
            ids(items) == [
                "check-2fa", "remove-unused-admins", "second-admin", "unique-passwords", "offline-backup",
                "test-restore", "update-software", "remove-unused-extensions", "server-updates",
                "protection-account", "origin-dns", "hide-origin", "registrar-lock",
            ])
        #expect(!ids(items).contains("ddos-protection"))
        let hideOrigin = try #require(items.first { $0["id"] == "hide-origin" })
        #expect(hideOrigin["level"] == "advanced")
    }

    @Test func noAnswersGiveTheCautiousChecklist() throws {
        let items = try checklist([:])
        #expect(
            ids(items) == [
                "enable-2fa", "remove-unused-admins", "unique-passwords", "start-backups", "test-restore",
                "update-software", "find-host", "ddos-protection", "registrar-lock",
            ])
    }

    @Test func aStaticSiteOnAManagedHostWithCDN() throws {
        let items = try checklist(["cms": "static", "hosting": "managed", "has-cdn": true, "has-2fa": .null])
        #expect(ids(items).contains("protect-publishing"))
        #expect(!ids(items).contains("update-software"))
        #expect(!ids(items).contains("hide-origin"))
        #expect(ids(items).contains("origin-dns"))
    }

    @Test func everyItemHasAUniqueIDTextAndLevel() throws {
        let items = try checklist(["cms": "joomla", "hosting": "vps", "admins": 2])
        #expect(Set(ids(items)).count == items.count)
        for item in items {
            #expect(item["text"]?.string?.isEmpty == false)
            #expect(["beginner", "advanced"].contains(item["level"]?.string ?? ""))
        }
    }

    @Test func anUnknownCMSIsRefusedWithTheChoices() {
        #expect(
            throws: ActionError.invalidParameter(
                "cms", "'typo3' is not one of: wordpress, drupal, joomla, static, other, unknown")
        ) {
            try checklist(["cms": "typo3"])
        }
    }

    @Test func anUnknownHostingIsRefused() {
        #expect(throws: ActionError.self) { try checklist(["hosting": "cloud"]) }
    }

    @Test(arguments: [Value.number(0), .number(2.5), .number(-3), .number(1_000_000), .string("three")])
    func impossibleAdminCountsAreRefused(admins: Value) {
        #expect(throws: ActionError.self) { try checklist(["admins": admins]) }
    }

    @Test func aYesNoAnswerMustBeYesOrNo() {
        #expect(throws: ActionError.invalidParameter("has-2fa", "expected yes/no, got text")) {
            try checklist(["has-2fa": "yes"])
        }
    }
}
