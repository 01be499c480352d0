import PlaybookKit
import Testing
import TriageFacet

@Suite("triage.refer")
struct TriageReferTests {
    private func refer(
        _ parameters: [String: Value], directory: ResponderDirectory = TriageTestDirectory.directory,
        profile: ReferralProfile = ReferralProfile()
    ) throws -> ActionResult {
        try TriageFacet()
            .perform(
                ActionRequest(name: "refer", parameters: parameters),
                context: TriageTestDirectory.context(directory, profile: profile))
    }

    private func ids(_ result: ActionResult) -> [String] {
        (result.outputs["referrals"]?.list ?? []).compactMap { $0.record?["id"]?.string }
    }

    @Test func organisationsCoveringMoreNeedsComeFirst() throws {
        let result = try refer(["services": ["legal", "psychosocial"], "region": "latin-america"])
        #expect(ids(result) == ["care-collective", "andes-legal", "world-legal"])
        #expect(result.outputs["count"] == 3)
        let first = try #require(result.outputs["referrals"]?.list?.first?.record)
        #expect(first["name"] == "Care Collective")
        #expect(first["services"] == ["legal", "psychosocial"])
        #expect(first["offers"] == "legal help, psychological and emotional support")
        #expect(first["website"] == "https://care-collective.example/")
        #expect(first["contacts"] == ["signal: +00 000 000 000", "email: care@care-collective.example"])
        #expect(first["checked"] == "2026-11-01")
        #expect(result.messages.contains(
            "- Care Collective (https://care-collective.example/)\n  - Offers: legal help, psychological and emotional support\n"
                + "  - Signal: +00 000 000 000 (checked 2026-11-01)\n  - email: care@care-collective.example (checked 2026-11-01)"))
    }

    @Test("organisations serving only some regions are left out until the person's region is known to match")
    func regionalOrganisationsNeedTheRegion() throws {
        #expect(ids(try refer(["services": ["legal"]])) == ["world-legal"])
        #expect(ids(try refer(["services": ["legal"]], profile: ReferralProfile(region: "africa"))) == ["aardvark-legal", "world-legal"])
    }

    @Test("language then region break ties")
    func languageThenRegionBreakTies() throws {
        let spanish = try refer(["services": ["legal"], "language": "es", "region": "latin-america"])
        #expect(ids(spanish) == ["andes-legal", "care-collective", "world-legal"])
        let english = try refer(["services": ["legal"], "language": "EN", "region": "Africa"])
        #expect(ids(english) == ["aardvark-legal", "world-legal"])
    }

    @Test("what the person said earlier is used unless the step says otherwise")
    func theProfileIsTheDefault() throws {
        let profile = ReferralProfile(language: "es", region: "latin-america")
        #expect(ids(try refer(["services": ["legal"]], profile: profile)) == ["andes-legal", "care-collective", "world-legal"])
        #expect(ids(try refer(["services": ["legal"], "region": "africa"], profile: profile)) == ["aardvark-legal", "world-legal"])
    }

    @Test("in danger, the emergency line comes first, and its number is shown at the step")
    func urgentPutsTheEmergencyLineFirst() throws {
        let result = try refer(["services": ["legal"], "urgent": true])
        #expect(ids(result) == ["night-line", "world-legal"])
        #expect(result.outputs["referrals"]?.list?.first?.record?["emergency"] == ["+00 111 111 111"])
        #expect(result.messages.contains("- Night Line (https://night-line.example/)\n  - Emergency line, day and night: +00 111 111 111"))
        #expect(!ids(try refer(["services": ["legal"]])).contains("night-line"))
    }

    @Test func globalCountsAsServingTheRegion() throws {
        let result = try refer(["services": ["legal"], "region": "asia"])
        #expect(ids(result).first == "world-legal")
    }

    @Test func aRegionalLanguageTagUsesItsLanguage() throws {
        let result = try refer(["services": ["legal"], "language": "es-MX", "region": "latin-america"])
        #expect(Array(ids(result).prefix(2)) == ["andes-legal", "care-collective"])
    }

    @Test func theLimitCutsTheListAndDefaultsToFive() throws {
        let two = try refer(["services": ["legal"], "region": "latin-america", "limit": 2])
        #expect(ids(two) == ["andes-legal", "care-collective"])
        #expect(two.outputs["more"] == 1)
        #expect(two.messages.count == 3, "the sentence and one item per organisation; the end's list says how to see the rest")
        let all = ResponderDirectory.serviceKeys.sorted().map(Value.string)
        #expect(try refer(["services": .list(all), "region": "latin-america"]).outputs["count"] == 5)
    }

    @Test func hyphenatedAndRepeatedKeysAreAccepted() throws {
        let result = try refer(["services": ["ddos-protection", "DDOS_PROTECTION"]])
        #expect(ids(result) == ["shield-net"])
        #expect(result.outputs["referrals"]?.list?.first?.record?["services"] == ["ddos_protection"])
    }

    @Test func nothingMatchingPointsToTheGeneralHelplines() throws {
        let result = try refer(["services": ["relocation"]])
        #expect(result.outputs["referrals"] == [])
        #expect(result.outputs["count"] == 0)
        let message = try #require(result.outputs["message"]?.string)
        #expect(message.contains("No organisation in the directory offers help to move to safety"))
        #expect(message.contains("Global Helpline (https://global-helpline.example/)"))
        #expect(result.messages == [message])
    }

    @Test func anEmptyDirectorySaysSo() throws {
        let result = try refer(["services": ["legal"]], directory: ResponderDirectory(organisations: []))
        #expect(result.outputs["count"] == 0)
        #expect(result.outputs["message"]?.string?.contains("lists no general helpline") == true)
    }

    @Test func unknownServicesAreRefusedWithTheKeys() throws {
        let error = try #require(throws: ActionError.self) { try refer(["services": ["lawyers"]]) }
        #expect(error.message.contains("'lawyers' is not a known service"))
        #expect(error.message.contains("digital_helpline"))
    }

    @Test(arguments: [
        ["services": Value.list([])], ["services": .string("legal")], ["services": [42]], [:],
        ["services": ["legal"], "limit": 0], ["services": ["legal"], "limit": 51], ["services": ["legal"], "limit": 2.5],
        ["services": ["legal"], "language": "español"], ["services": ["legal"], "region": "latin/america"],
        ["services": ["legal"], "region": "south-asia"], ["services": ["legal"], "urgent": "yes"],
    ] as [[String: Value]])
    func badParametersAreRefused(parameters: [String: Value]) {
        #expect(throws: ActionError.self) { try refer(parameters) }
    }
}
