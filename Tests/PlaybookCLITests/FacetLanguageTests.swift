import Foundation
import Testing

@Suite("Facet messages in the person's language, end to end")
struct FacetLanguageTests {
    static let triage = """
        id: quick-triage
        title: Quick triage
        facet: triage
        summary: Scores an emergency.
        reviewed: 2026-11-01
        steps:
          danger:
            ask: Is anyone in physical danger?
            input: yes-no
            next: assess
          assess:
            action: triage.assess
            with:
              physical-danger: "{{ danger }}"
              detained: false
            next: done
          done:
            end: escalated
        """

    static let incident = """
        id: log-one
        title: Log one incident
        facet: legal
        summary: Logs an incident.
        reviewed: 2026-11-01
        steps:
          when:
            ask: When did it happen?
            input: text
            next: log
          log:
            action: legal.incident-log
            with:
              when: "{{ when }}"
              platform: X
              description: A threat
            next: done
          done:
            end: resolved
        """

    /// A library holding `playbooks` and the shipped Spanish of the interface, the
    /// reports and `facets`.
    func library(_ playbooks: [String: String], facets: [String]) throws -> String {
        var files = playbooks
        for subject in ["ui", "report"] + facets.map({ "facet.\($0)" }) {
            let path = "i18n/es/\(subject).yaml"
            files[path] = try String(contentsOfFile: PlaybookBinary.shippedLibrary + "/" + path, encoding: .utf8)
        }
        return try PlaybookBinary.folder(files)
    }

    @Test("run --lang es --answers: the check-in's suggestion is Spanish, and English without it")
    func scriptedRun() throws {
        let answers = try PlaybookBinary.folder([
            "answers.yaml": """
                safety: "0"
                sleep: "0"
                eating: "0"
                overwhelm: "1"
                support: "0"
                offer-breath: skip
                exposure: none
                body: [stop-time, eat-regularly]
                people: knows
                keep-connected: [regular-contact]
                """
        ])
        let data = try PlaybookBinary.folder([:])
        func run(_ language: String) throws -> PlaybookBinary.Result {
            try PlaybookBinary.run(
                ["run", "care-for-yourself", "--lang", language, "--answers", answers + "/answers.yaml", "--library", PlaybookBinary.shippedLibrary],
                environment: ["XDG_DATA_HOME": data])
        }
        let spanish = try run("es")
        #expect(spanish.status == 0, "\(spanish.stderr)")
        #expect(spanish.stdout.contains("· care.check-in\n  Parece que te estás sosteniendo bien. Antes del siguiente paso, haz una pausa"))
        #expect(!spanish.stdout.contains("holding steady"))
        let english = try run("en")
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("· care.check-in\n  You seem to be holding steady. Take a short pause before the next step"))
    }

    @Test("a piped run and its report speak Spanish for the facet; the values it branches on stay the same")
    func pipedRunAndReport() throws {
        let library = try library(["quick-triage.yaml": Self.triage], facets: ["triage"])
        let data = try PlaybookBinary.folder([:])
        let environment = ["XDG_DATA_HOME": data, "PLAYBOOK_PATH": library]
        let run = try PlaybookBinary.run(["run", "quick-triage", "--lang", "es"], input: "1\n", environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Prioridad: crítica (puntuación 40 de 100)."))
        let id = try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/playbook/sessions").first { $0.hasSuffix(".json") })
        let spanish = try PlaybookBinary.run(["report", String(id.dropLast(5)), "--lang", "es"], environment: environment)
        #expect(spanish.status == 0, "\(spanish.stderr)")
        #expect(spanish.stdout.contains("## Triaje\n"))
        #expect(spanish.stdout.contains("**Prioridad: crítica** (puntuación 40 de 100)"))
        #expect(spanish.stdout.contains("Alguien está en peligro físico."))
        let json = try PlaybookBinary.run(["report", String(id.dropLast(5)), "--lang", "es", "--format", "json"], environment: environment)
        #expect(json.stdout.contains("\"priority\""), "the value it branches on stays the same, for tools")
        #expect(json.stdout.contains("\"critical\""))
        let english = try PlaybookBinary.run(["report", String(id.dropLast(5)), "--lang", "en"], environment: environment)
        #expect(english.stdout.contains("## Triage\n"))
        #expect(english.stdout.contains("**Priority: critical** (score 40 of 100)"))
    }

    @Test("an action's error is told in Spanish, framing and reason")
    func errorInSpanish() throws {
        let library = try library(["log-one.yaml": Self.incident], facets: ["legal"])
        let data = try PlaybookBinary.folder([:])
        let result = try PlaybookBinary.run(
            ["run", "log-one", "--lang", "es"], input: "ayer\n", environment: ["XDG_DATA_HOME": data, "PLAYBOOK_PATH": library])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Eso no funcionó: el parámetro 'when' no se puede usar: 'ayer' no es una fecha;\nescríbela como AAAA-MM-DD (2026-11-27)"))
    }

    @Test("translate prints a facet's strings, deadline rules included; an unknown facet is named")
    func translate() throws {
        let legal = try PlaybookBinary.run(["translate", "facet.legal", "--lang", "es", "--library", PlaybookBinary.shippedLibrary])
        #expect(legal.status == 0, "\(legal.stderr)")
        #expect(legal.stdout.hasPrefix("translates: facet.legal\nlanguage: es\nstrings:\n"))
        #expect(legal.stdout.contains("  \"rules.echr-application.note\":\n    # Four months applies"))
        #expect(legal.stdout.contains("    text: \"Tribunal Europeo de Derechos Humanos - presentación de una demanda individual\""))
        let shipped = try String(contentsOfFile: PlaybookBinary.shippedLibrary + "/i18n/es/facet.legal.yaml", encoding: .utf8)
        #expect(legal.stdout == shipped)
        let unknown = try PlaybookBinary.run(["translate", "facet.legl", "--lang", "es", "--library", PlaybookBinary.shippedLibrary])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("there is no facet 'legl'; did you mean 'legal'?"))
    }

    @Test("lint: a missing facet string is a warning, an unknown key an error")
    func lint() throws {
        let folder = try PlaybookBinary.folder([
            "i18n/es/facet.care.yaml": """
                translates: facet.care
                language: es
                strings:
                  breathe.hold:
                    text: "Sostén"
                    source: 8e685d54
                  breathe.holdd:
                    text: "Sostén"
                    source: 8e685d54
                """
        ])
        let result = try PlaybookBinary.run(["lint", folder, "--library", PlaybookBinary.shippedLibrary])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: 'breathe.holdd' is not a string of 'facet.care'; did you mean 'breathe.hold'?"))
        #expect(result.stderr.contains("warning: 17 strings of 'facet.care' not translated into 'es'"))
        #expect(result.stderr.contains("1 error, 1 warning"))
    }
}
