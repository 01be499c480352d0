import PlaybookKit
import Testing

@testable import TriageFacet

@Suite("triage.assess")
struct TriageAssessTests {
    private func assess(_ parameters: [String: Value]) throws -> [String: Value] {
        try TriageFacet()
            .perform(ActionRequest(name: "assess", parameters: parameters), context: TriageTestDirectory.context())
            .outputs
    }

    private func texts(_ value: Value?) -> [String] {
        value?.list?.compactMap(\.string) ?? []
    }

    @Test func physicalDangerIsAlwaysCriticalAndComesFirst() throws {
        let outputs = try assess(["physical-danger": true, "detained": false, "affected": ["website"]])
        #expect(outputs["priority"] == "critical")
        #expect(outputs["score"] == 48)
        let reasons = texts(outputs["reasons"])
        #expect(reasons.first?.hasPrefix("Someone is in physical danger.") == true)
        #expect(reasons.first?.contains("before any digital step") == true)
        #expect(texts(outputs["open-next"]) == ["legal", "care", "infrastructure"])
    }

    @Test func aDetentionIsCriticalWithLegalSupportFirst() throws {
        let outputs = try assess(["physical-danger": false, "detained": true])
        #expect(outputs["priority"] == "critical")
        #expect(outputs["severity"] == 40)
        #expect(outputs["urgency"] == 0)
        #expect(texts(outputs["reasons"]).first?.contains("lawyer") == true)
        #expect(texts(outputs["open-next"]) == ["legal", "care"])
    }

    @Test func anOngoingAccountTakeoverWithPeopleAtRiskIsHigh() throws {
        let outputs = try assess([
            "physical-danger": false, "detained": false, "ongoing": true, "affected": ["accounts", "messages"],
            "people-at-risk": 2,
        ])
        #expect(outputs["severity"] == 26)
        #expect(outputs["urgency"] == 20)
        #expect(outputs["score"] == 46)
        #expect(outputs["priority"] == "high")
        #expect(texts(outputs["open-next"]) == ["attribution", "care"])
        #expect(texts(outputs["reasons"]).last == "2 people are at risk.")
    }

    @Test func anOngoingDDoSIsMedium() throws {
        let outputs = try assess(["physical-danger": false, "detained": false, "ongoing": true, "affected": ["website"]])
        #expect(outputs["score"] == 28)
        #expect(outputs["priority"] == "medium")
        #expect(texts(outputs["open-next"]) == ["infrastructure", "care"])
    }

    @Test func aCourtDateInTwoDaysMakesALegalThreatHigh() throws {
        let soon = try assess(["physical-danger": false, "detained": false, "affected": ["legal"], "deadline-days": 2])
        #expect(soon["score"] == 40)
        #expect(soon["priority"] == "high")
        #expect(texts(soon["reasons"]).first == "A deadline is in 2 days: deal with it first.")
        let later = try assess(["physical-danger": false, "detained": false, "affected": ["legal"], "deadline-days": 20])
        #expect(later["score"] == 15)
        #expect(later["priority"] == "low")
        #expect(texts(later["open-next"]) == ["legal", "care"])
    }

    @Test(arguments: [(0.0, 30), (0.5, 30), (2, 30), (2.5, 15), (7, 15), (8, 5), (30, 5), (31, 0), (365, 0)])
    func deadlinePoints(days: Double, points: Int) throws {
        let outputs = try assess(["physical-danger": false, "detained": false, "deadline-days": .number(days)])
        #expect(outputs["urgency"] == .number(Double(points)))
    }

    @Test func manyAreasAddUpToCriticalAndTheScoreIsCapped() throws {
        let outputs = try assess([
            "physical-danger": true, "detained": true, "ongoing": true, "deadline-days": 1, "people-at-risk": 40,
            "affected": ["website", "accounts", "devices", "messages", "legal", "wellbeing", "people"],
        ])
        #expect(outputs["score"] == 100)
        #expect(outputs["severity"] == 166)
        #expect(outputs["priority"] == "critical")
        #expect(texts(outputs["open-next"]) == ["legal", "care", "attribution", "infrastructure"])
    }

    @Test func aHighScoreAloneIsCritical() throws {
        let outputs = try assess([
            "physical-danger": false, "detained": false, "ongoing": true,
            "affected": ["people", "devices", "accounts", "legal"],
        ])
        #expect(outputs["score"] == 69)
        #expect(outputs["priority"] == "high")
        let more = try assess([
            "physical-danger": false, "detained": false, "ongoing": true,
            "affected": ["people", "devices", "accounts", "legal"], "people-at-risk": 1,
        ])
        #expect(more["score"] == 72)
        #expect(more["priority"] == "critical")
    }

    @Test func areasAreListedHeaviestFirstWhateverTheOrderGiven() throws {
        let outputs = try assess([
            "physical-danger": false, "detained": false, "affected": ["wellbeing", "WEBSITE", "devices", "website"],
        ])
        #expect(outputs["severity"] == 26)
        let reasons = texts(outputs["reasons"])
        #expect(reasons.count == 3)
        #expect(reasons[0].hasPrefix("A device"))
        #expect(reasons[1].hasPrefix("The website"))
        #expect(reasons[2].hasPrefix("The people involved"))
        #expect(texts(outputs["open-next"]) == ["attribution", "infrastructure", "care"])
    }

    @Test func nothingReportedIsLowWithCareToOpen() throws {
        let outputs = try assess(["physical-danger": false, "detained": false, "ongoing": .null, "affected": .null])
        #expect(outputs["priority"] == "low")
        #expect(outputs["score"] == 0)
        #expect(
            texts(outputs["reasons"]) == ["Nothing urgent was reported: there is time to work through the steps calmly."])
        #expect(texts(outputs["open-next"]) == ["care"])
    }

    @Test func thePhysicalSafetyQuestionsAreRequired() {
        #expect(throws: ActionError.missingParameter("physical-danger")) {
            try assess(["detained": false])
        }
        #expect(throws: ActionError.missingParameter("detained")) {
            try assess(["physical-danger": false, "detained": .null])
        }
    }

    @Test func anUnknownAreaIsRefusedWithTheChoices() {
        #expect(
            throws: ActionError.invalidParameter(
                "affected", "'servers' is not one of: people, devices, accounts, legal, messages, website, wellbeing")
        ) {
            try assess(["physical-danger": false, "detained": false, "affected": ["servers"]])
        }
    }

    @Test(arguments: [
        ("people-at-risk", Value.number(-1)), ("people-at-risk", .number(1.5)), ("deadline-days", .number(-2)),
        ("deadline-days", .number(5000)), ("affected", .string("website")), ("ongoing", .string("yes")),
    ])
    func impossibleAnswersAreRefused(name: String, value: Value) {
        #expect(throws: ActionError.self) {
            try assess(["physical-danger": false, "detained": false, name: value])
        }
    }

    @Test func areasAreDeclaredHeaviestFirst() {
        let weights = AffectedArea.allCases.map(\.weight)
        #expect(weights == weights.sorted(by: >))
    }
}
