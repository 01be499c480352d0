import PlaybookKit
import Testing
import TriageFacet

@Suite("triage.refer")
struct TriageReferTests {
    private func refer(
        _ parameters: [String: Value], directory: ResponderDirectory = TriageTestDirectory.directory
    ) throws -> ActionResult {
        try TriageFacet()
            .perform(ActionRequest(name: "refer", parameters: parameters), context: TriageTestDirectory.context(directory))
    }

    private func ids(_ result: ActionResult) -> [String] {
        (result.outputs["referrals"]?.list ?? []).compactMap { $0.record?["id"]?.string }
    }

    @Test func organisationsCoveringMoreNeedsComeFirst() throws {
        let result = try refer(["services": ["legal", "psychosocial"]])
        #expect(ids(result) == ["care-collective", "aardvark-legal", "andes-legal", "world-legal"])
        #expect(result.outputs["count"] == 4)
        let first = try #require(result.outputs["referrals"]?.list?.first?.record)
        #expect(first["name"] == "Care Collective")
        #expect(first["services"] == ["legal", "psychosocial"])
        #expect(first["website"] == "https://care-collective.example/")
        #expect(first["contacts"] == ["signal: +00 000 000 000", "email: care@care-collective.example"])
        #expect(first["checked"] == "2026-11-01")
    }

    @Test("language then region break ties; organisations serving neither the region nor globally are left out")
    func languageThenRegionBreakTies() throws {
        let spanish = try refer(["services": ["legal"], "language": "es", "region": "latin-america"])
        #expect(ids(spanish) == ["andes-legal", "care-collective", "world-legal"])
        let english = try refer(["services": ["legal"], "language": "EN", "region": "East Africa"])
        #expect(ids(english) == ["aardvark-legal", "world-legal"])
    }

    @Test func globalCountsAsServingTheRegion() throws {
        let result = try refer(["services": ["legal"], "region": "south-asia"])
        #expect(ids(result).first == "world-legal")
    }

    @Test func aRegionalLanguageTagUsesItsLanguage() throws {
        let result = try refer(["services": ["legal"], "language": "es-MX"])
        #expect(Array(ids(result).prefix(2)) == ["andes-legal", "care-collective"])
    }

    @Test func theLimitCutsTheListAndDefaultsToFive() throws {
        #expect(ids(try refer(["services": ["legal"], "limit": 2])) == ["aardvark-legal", "andes-legal"])
        let all = ResponderDirectory.serviceKeys.sorted().map(Value.string)
        #expect(try refer(["services": .list(all)]).outputs["count"] == 5)
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
        #expect(message.contains("No organisation in the directory offers relocation"))
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
    ] as [[String: Value]])
    func badParametersAreRefused(parameters: [String: Value]) {
        #expect(throws: ActionError.self) { try refer(parameters) }
    }
}
