import Foundation
import Testing

@testable import PlaybookKit

/// Ranking and filtering over a small directory shaped like the real one: a 24-hour
/// line that lists none of the services asked for, a grant fund that lists them all,
/// helplines for one country, and funds for journalists or women defenders only.
@Suite("Referral ranking")
struct ReferralRankingTests {
    static func organisation(
        _ id: String, _ services: [String], languages: [String] = ["en"], regions: [String] = ["global"],
        servesOnly: [String] = [], emergency: String? = nil
    ) -> Organisation {
        let contacts = emergency.map { [ContactMethod(kind: "phone", value: $0, source: "s", checked: "2026-11-01", emergency: true)] } ?? []
        return Organisation(
            id: id, name: id.uppercased(), website: "https://\(id).example", summary: "", services: services,
            languages: languages, regions: regions, beneficiaries: [], servesOnly: servesOnly, contacts: contacts,
            source: "s", checked: "2026-11-01")
    }

    static let directory = ResponderDirectory(organisations: [
        organisation("line", ["advocacy", "emergency_grants"], languages: ["ar", "en", "es", "fr", "ru"], emergency: "+1 555 0100"),
        organisation("grants", ["physical_security", "legal", "emergency_grants"]),
        organisation("helpline", ["digital_helpline", "account_recovery"]),
        organisation("network", ["digital_helpline"], languages: ["en", "es"]),
        organisation("pakistan", ["digital_helpline", "legal", "psychosocial"], regions: ["asia"]),
        organisation("lebanon", ["digital_helpline"], languages: ["ar", "en"], regions: ["middle-east-north-africa"]),
        organisation("latam", ["digital_helpline"], languages: ["es"], regions: ["latin-america"]),
        organisation("press", ["legal", "digital_helpline", "emergency_grants"], servesOnly: ["journalists"]),
        organisation("women", ["physical_security", "psychosocial"], servesOnly: ["women-defenders"]),
    ])

    func ids(_ need: ReferralNeed) -> [String] {
        Self.directory.ranked(for: need).map(\.organisation.id)
    }

    @Test("in danger, the emergency line comes first even though it lists none of the services")
    func urgent() {
        let services = ["physical_security", "legal", "digital_helpline"]
        let urgent = Self.directory.ranked(for: ReferralNeed(services: services, urgent: true))
        #expect(urgent.first?.organisation.id == "line")
        #expect(urgent.first?.emergencyContacts.map(\.value) == ["+1 555 0100"])
        #expect(ids(ReferralNeed(services: services, urgent: true)) == ["line", "grants", "press", "helpline", "network", "women"])
        // Without urgency a line that offers none of the services is not a referral.
        #expect(!ids(ReferralNeed(services: services)).contains("line"))
    }

    @Test("an organisation serving one region appears only when the person is known to be there")
    func region() {
        let anywhere = ids(ReferralNeed(services: ["digital_helpline"]))
        #expect(!anywhere.contains("pakistan") && !anywhere.contains("lebanon") && !anywhere.contains("latam"))
        let inAsia = ids(ReferralNeed(services: ["digital_helpline"], profile: ReferralProfile(region: "asia")))
        #expect(inAsia.first == "pakistan")
        #expect(!inAsia.contains("lebanon") && !inAsia.contains("latam"))
        #expect(Self.directory.matching(region: "europe").allSatisfy { $0.regions == ["global"] })
    }

    @Test("an organisation serving one country of a region is shown there but not ranked as the region's own")
    func area() {
        var country = Self.organisation("country", ["digital_helpline"], regions: ["asia"])
        country.area = "Pakistan"
        let directory = ResponderDirectory(organisations: [country, Self.organisation("global", ["digital_helpline"])])
        let referrals = directory.ranked(for: ReferralNeed(services: ["digital_helpline"], profile: ReferralProfile(region: "asia")))
        #expect(referrals.map(\.organisation.id) == ["global", "country"])
        #expect(DirectoryText.english.details(of: referrals[1]) == ["Offers: digital security helpline", "Only in Pakistan."])
        #expect(directory.ranked(for: ReferralNeed(services: ["digital_helpline"])).map(\.organisation.id) == ["global"])
    }

    @Test("the person's language ranks first among equals, and nobody speaking it still leaves the global helplines")
    func language() {
        let spanish = ReferralProfile(language: "es", region: "latin-america")
        #expect(ids(ReferralNeed(services: ["digital_helpline"], profile: spanish)).prefix(2) == ["latam", "network"])
        let swahili = Self.directory.referrals(for: ReferralNeed(services: ["digital_helpline"], profile: ReferralProfile(language: "sw")))
        #expect(swahili.shown.map(\.organisation.id).prefix(2) == ["helpline", "network"])
        #expect(swahili.languageUnmatched)
        let english = Self.directory.referrals(for: ReferralNeed(services: ["digital_helpline"], profile: ReferralProfile(language: "en")))
        #expect(!english.languageUnmatched)
    }

    @Test("who it serves decides last: an organisation for some people only is marked until the person says who they are")
    func audience() {
        let services = ["legal", "digital_helpline"]
        let unknown = Self.directory.ranked(for: ReferralNeed(services: services))
        #expect(unknown.map(\.organisation.id) == ["press", "grants", "helpline", "network"], "more services first, marked")
        #expect(unknown.first?.unconfirmedAudiences == ["journalists"])
        let legal = Self.directory.ranked(for: ReferralNeed(services: ["legal"])).map(\.organisation.id)
        #expect(legal == ["grants", "press"], "among equals, one for everyone before one for some people only")
        let journalist = ids(ReferralNeed(services: services, profile: ReferralProfile(audiences: ["journalists"])))
        #expect(journalist.first == "press")
        let neither = ids(ReferralNeed(services: services, profile: ReferralProfile(audiences: [])))
        #expect(neither == ["grants", "helpline", "network"])
        let woman = ids(ReferralNeed(services: ["physical_security"], profile: ReferralProfile(audiences: ["women-defenders"])))
        #expect(woman == ["women", "grants"])
    }

    @Test("the best few are shown and the rest counted; the same need always gives the same list")
    func selection() {
        let need = ReferralNeed(services: ["digital_helpline", "legal"], profile: ReferralProfile(region: "asia"))
        let selection = Self.directory.referrals(for: need, limit: 2)
        #expect(selection.shown.map(\.organisation.id) == ["pakistan", "press"])
        #expect(selection.shown.first?.matchedServices == ["digital_helpline", "legal"])
        #expect(selection.more == Self.directory.ranked(for: need).count - 2)
        #expect(Self.directory.referrals(for: need, limit: 2) == selection)
        #expect(Self.directory.referrals(for: ReferralNeed(services: ["forensics"])).shown.isEmpty)
    }

    @Test("services, regions and audiences are said in words, in the person's language")
    func words() throws {
        let english = DirectoryText.english
        #expect(english.services(["digital_helpline", "legal"]) == "digital security helpline, legal help")
        #expect(english.region("latin-america") == "Latin America")
        #expect(english.service("not-a-key") == "not-a-key")
        for key in ResponderDirectory.serviceKeys {
            #expect(english.service(key) != key, "service \(key) has no words")
        }
        for key in ResponderDirectory.regionKeys + [ResponderDirectory.globalRegion] {
            #expect(english.region(key) != key, "region \(key) has no words")
        }
        for key in ResponderDirectory.audienceKeys {
            #expect(DirectoryStrings.english["audience.\(key)"] != nil, "audience \(key) has no words")
        }
        for kind in OrganisationDecoder.contactKinds {
            #expect(DirectoryStrings.english["contact.\(kind)"] != nil, "contact kind \(kind) has no words")
        }
        #expect(english.contactKind("web-form") == "web form")
        let urgent = try #require(Self.directory.ranked(for: ReferralNeed(services: ["legal"], urgent: true)).first)
        #expect(english.details(of: urgent) == ["Emergency line, day and night: +1 555 0100"])
        let press = try #require(Self.directory.ranked(for: ReferralNeed(services: ["legal"])).last)
        #expect(english.details(of: press) == ["Offers: legal help", "Only for journalists."])
    }
}

@Suite("What a session knows about the person")
struct ReferralProfileTests {
    static let triage = playbook(
        id: "t",
        """
          where:
            ask: Where are you?
            remember: region
            options:
              - label: Asia
                value: asia
                next: who
              - label: Prefer not to say
                value: unknown
                next: who
          who:
            ask: Who are you?
            multiple: true
            remember: audience
            options:
              - label: Journalist
                value: journalists
              - label: None
                value: none
              - label: Prefer not to say
                value: unknown
            next: playbook:u
        """)
    static let next = playbook(
        id: "u",
        """
          lang:
            ask: Which language?
            remember: language
            options:
              - label: Spanish
                value: es
                next: done
              - label: Another
                value: und
                next: done
          done:
            end: referred
            refer: [legal]
        """)

    let engine = Engine(playbooks: decodePlaybooks([Self.triage, Self.next]), registry: LintHarness.registry)
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func state(_ answers: [[String]]) throws -> SessionState {
        var state = try engine.start("t", at: now).state
        for values in answers { state = try engine.apply(.choose(values), to: state, at: now).state }
        return state
    }

    @Test("answers to remember: questions build the profile across playbooks; going back forgets them")
    func remembered() throws {
        let done = try state([["asia"], ["journalists"], ["es"]])
        #expect(engine.profile(of: done) == ReferralProfile(language: "es", region: "asia", audiences: ["journalists"]))
        let need = try #require(engine.referralNeed(of: done))
        #expect(need.services == ["legal"] && !need.urgent && need.profile.region == "asia")
        let back = try engine.back(done, at: now)
        #expect(engine.profile(of: back).language == nil)
        #expect(engine.profile(of: back).region == "asia")
    }

    @Test("prefer not to say keeps a fact unknown; none of these means no audience")
    func unknown() throws {
        let skipped = try state([["unknown"], ["unknown"], ["und"]])
        #expect(engine.profile(of: skipped) == ReferralProfile())
        let none = try state([["asia"], ["none"]])
        #expect(engine.profile(of: none).audiences == [])
        let skipped2 = try state([["asia"], []])
        #expect(engine.profile(of: skipped2).audiences == nil, "choosing nothing skips the question; it does not say none")
    }

    @Test("a preset profile (a training case's region) holds until an answer replaces it, and survives replay")
    func preset() throws {
        var state = try engine.start("t", at: now).state
        state.presetProfile = ReferralProfile(region: "latin-america")
        #expect(engine.profile(of: state).region == "latin-america")
        let skipped = try engine.apply(.choose(["unknown"]), to: state, at: now).state
        #expect(engine.profile(of: skipped).region == nil)
        #expect(try engine.replay(skipped).presetProfile.region == "latin-america")
    }

    @Test("the language the session runs in is the help language until the person names one")
    func runLanguage() throws {
        var state = try engine.start("t", at: now).state
        state.language = "es"
        #expect(engine.profile(of: state).language == "es")
        let answered = try engine.apply(.choose(["asia"]), to: state, at: now).state
        let next = try engine.apply(.choose(["none"]), to: answered, at: now).state
        let french = try engine.apply(.choose(["und"]), to: next, at: now).state
        #expect(engine.profile(of: french).language == nil, "'another language' replaces the run's")
    }

    @Test("remember: names a known fact, and each option a value that fact can hold")
    func lint() {
        let text = Self.triage
            .replacingOccurrences(of: "value: asia", with: "value: south-asia")
            .replacingOccurrences(of: "remember: audience", with: "remember: role")
        let found = LintHarness().lint(["t.yaml": text, "u.yaml": Self.next])
        #expect(found.summaries == ["invalid-value@11:9", "invalid-value@20:15"])
        #expect(found[0].message.contains("latin-america"))
        #expect(found[1].message.contains("language, region, audience"))
    }
}
