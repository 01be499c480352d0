import AttributionFacet
import CareFacet
import Foundation
import InfrastructureFacet
import LegalFacet
import PlaybookKit
import Testing
import TriageFacet

/// The shipped training case "Help, we are under attack" as a story: rehearsed through
/// the real playbooks, it must teach what responders do, in an order that makes sense.
@Suite("The shipped case under-attack holds together as a training story")
struct UnderAttackScenarioTests {
    static let root = LegalDeadlineDataTests.library
    static let library = PlaybookLibrary.load([root.path], today: CalendarDate("2026-12-04")!)
    static let registry = FacetRegistry([
        TriageFacet(), InfrastructureFacet(resolver: InfrastructureFakeResolver(.timedOut)), LegalFacet(), CareFacet(),
        AttributionFacet(),
    ])

    static func scenario() throws -> Scenario {
        try #require(library.scenario("under-attack"))
    }

    static func runs() throws -> [ScenarioRehearsal.ActRun] {
        let scenario = try scenario()
        let rehearsal = ScenarioRehearsal(
            engine: Engine(playbooks: library.playbooks, registry: registry), directory: library.directory, libraryRoots: [root])
        return rehearsal.run(scenario, acts: scenario.acts)
    }

    static func answer(_ key: String, in act: ScenarioAct) -> String? {
        guard case .one(let text) = act.answers.entries.first(where: { $0.key == key })?.answer else { return nil }
        return text
    }

    /// Everything an audience hears of an act, and what the act types into its playbook.
    static func text(of act: ScenarioAct) -> String {
        let answers = act.answers.entries.map { entry in
            switch entry.answer {
            case .one(let text): text
            case .many(let texts): texts.joined(separator: " ")
            }
        }
        return ([act.narration] + act.injects.map(\.text) + answers).joined(separator: "\n")
    }

    @Test("every act reaches an end of its playbook")
    func rehearses() throws {
        for run in try Self.runs() {
            #expect(run.failure == nil, "act \(run.act.id): \(run.failure?.message ?? "")")
            #expect(run.outcome != nil)
        }
    }

    @Test("the colleague who stops answering is checked for detention first, and the safety question is answered")
    func detentionFirst() throws {
        let runs = try Self.runs()
        let first = try #require(runs.first)
        #expect(first.act.playbook == "what-is-happening")
        #expect(Self.answer("safety", in: first.act) == "unsure", "the first call does not know yet")
        let resolving = try #require(runs.dropFirst().firstIndex { Self.answer("safety", in: $0.act) != nil }, "a later act answers the safety question")
        let resolved = runs[resolving]
        #expect(Self.answer("safety", in: resolved.act) == "detained")
        #expect(resolved.outcome?.position.playbook == "someone-arrested", "the triage hands over to the playbook for an arrest")
        #expect(resolved.outcome?.refer.contains("legal") == true)
        let digital = try #require(runs.firstIndex { ["infrastructure", "attribution"].contains($0.act.facet) })
        #expect(resolving < digital, "the detention is checked before anything digital")
    }

    @Test("the account takeover follows from a password typed on the lure page earlier in the story")
    func takeoverFollows() throws {
        let acts = try Self.scenario().acts
        let takeover = try #require(acts.firstIndex { $0.playbook == "account-access-lost" })
        let lurePage = "portal-verify.example.com"
        let sms = try String(contentsOf: Self.root.appendingPathComponent("scenarios/under-attack/lure-sms.txt"), encoding: .utf8)
        #expect(sms.contains(lurePage))
        let typed = acts[..<takeover].flatMap(\.injects).first { $0.text.contains("SMS") && $0.text.contains("password") }
        #expect(typed != nil, "an earlier inject has someone typing a password on the page the SMS opened")
        #expect(acts[takeover].narration.contains("SMS"), "the takeover act ties back to it")
        let indicators = try String(contentsOf: Self.root.appendingPathComponent("scenarios/under-attack/indicators.txt"), encoding: .utf8)
        let signIn = try #require(acts[takeover].injects.first { $0.text.contains("sign-in") })
        #expect(signIn.text.contains("203.0.113.77") && indicators.contains("203.0.113.77"), "the sign-in comes from the lure server")
    }

    @Test("the addresses and names match between acts, and all are reserved or documentation ones")
    func addressesMatch() throws {
        let scenario = try Self.scenario()
        let folder = Self.root.appendingPathComponent("scenarios")
        var text = scenario.acts.map(Self.text(of:)).joined(separator: "\n")
        for path in Set(scenario.acts.flatMap(\.files)) {
            text += "\n" + (try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8))
        }
        let plain = text.replacingOccurrences(of: "[.]", with: ".").replacingOccurrences(of: "hxxp", with: "http")
        func all(_ pattern: String) throws -> Set<String> {
            let regex = try NSRegularExpression(pattern: pattern)
            let range = NSRange(plain.startIndex..., in: plain)
            return Set(regex.matches(in: plain, range: range).map { String(plain[Range($0.range, in: plain)!]).lowercased() })
        }
        let hosts = try all(#"(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:org|com|net|test)\b"#)
        #expect(hosts == ["alianza-verdad.example.org", "mx.alianza-verdad.example.org", "portal-verify.example.com", "mailer.example.net"])
        let mail = try all(#"[a-z0-9.-]+@(?:[a-z0-9-]+\.)+[a-z]+"#)
        #expect(mail == [
            "bounce@mailer.example.net", "ines@alianza-verdad.example.org", "it-support@alianza-verdad.example.org", "helpdesk@example.net",
            "20260303091001.1234@mailer.example.net",
        ], "the lure e-mail's addresses, and its Message-ID from the same sending server")
        let addresses = try all(#"\b\d{1,3}(?:\.\d{1,3}){3}\b"#)
        #expect(addresses == ["203.0.113.77", "198.51.100.23"], "one lure server, one sending server, both documentation addresses")
        let site = try #require(scenario.acts.lazy.compactMap { Self.answer("site-url", in: $0) }.first)
        #expect(site == "https://alianza-verdad.example.org")
        for name in ["Marta", "Tomás", "Inés"] {
            #expect(scenario.acts.filter { Self.text(of: $0).contains(name) }.count >= 2, "\(name) appears in more than one act")
        }
    }

    @Test("the \"false news\" case takes the criminal path of the legal playbook")
    func criminalComplaint() throws {
        let run = try #require(try Self.runs().first { $0.act.playbook == "legal-threat" })
        #expect(Self.answer("what-arrived", in: run.act) == "criminal")
        #expect(run.outcome?.position.step == "criminal-end")
        #expect(run.act.narration.contains("criminal complaint"))
        #expect(!Self.text(of: run.act).contains("lawsuit"))
    }

    @Test("the case declares the region its invented country stands for")
    func region() throws {
        #expect(try Self.scenario().region == "latin-america")
    }
}
