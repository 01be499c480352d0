import Foundation
import Testing

@Suite("Reports, transcripts and piped runs in Spanish, end to end")
struct SpanishOutputTests {
    /// A library with the quick triage playbook and the shipped Spanish it needs.
    func library() throws -> String {
        var files = ["quick-triage.yaml": FacetLanguageTests.triage]
        for subject in ["ui", "report", "facet.triage"] {
            let path = "i18n/es/\(subject).yaml"
            files[path] = try String(contentsOfFile: PlaybookBinary.shippedLibrary + "/" + path, encoding: .utf8)
        }
        return try PlaybookBinary.folder(files)
    }

    /// A finished quick triage session (danger: yes) run in Spanish, and where it lives.
    func session() throws -> (id: String, environment: [String: String]) {
        let data = try PlaybookBinary.folder([:])
        let environment = ["XDG_DATA_HOME": data, "PLAYBOOK_PATH": try library()]
        let run = try PlaybookBinary.run(["run", "quick-triage", "--lang", "es"], input: "1\n", environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/playbook/sessions").first { $0.hasSuffix(".json") })
        return (String(file.dropLast(5)), environment)
    }

    @Test("a session keeps its language: resume and report speak it without --lang, and --lang still chooses")
    func sessionLanguage() throws {
        let data = try PlaybookBinary.folder([:])
        let environment = ["XDG_DATA_HOME": data, "PLAYBOOK_PATH": try library()]
        let stopped = try PlaybookBinary.run(["run", "quick-triage", "--lang", "es"], input: "", environment: environment)
        #expect(stopped.stdout.contains("Fin de la entrada"), "\(stopped.stdout)")
        let resumed = try PlaybookBinary.run(["resume"], input: "quizás\n", environment: environment)
        #expect(resumed.stdout.contains("escribe 1 para sí o 2 para no"), "resume speaks the session's language: \(resumed.stdout)")
        _ = try PlaybookBinary.run(["resume"], input: "1\n", environment: environment)
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: data + "/playbook/sessions").first { $0.hasSuffix(".json") })
        let id = String(file.dropLast(5))
        #expect(try PlaybookBinary.run(["report", id], environment: environment).stdout.contains("# Informe de la sesión"))
        #expect(try PlaybookBinary.run(["report", id, "--lang", "en"], environment: environment).stdout.contains("# Session report"))
    }

    @Test("report --lang es frames the Markdown and the HTML in Spanish, and says where it wrote them in Spanish")
    func report() throws {
        let (id, environment) = try session()
        let markdown = try PlaybookBinary.run(["report", id, "--lang", "es"], environment: environment)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        for spanish in [
            "# Informe de la sesión: Quick triage\n", "- **Estado:** Urgente: hace falta ayuda ahora\n", "## Resultado de la sesión\n",
            "## Resumen\n", "- **Urgencia:** Urgente: conseguir ayuda ahora\n", "- **Qué pasó:**\n",
            "## Camino recorrido\n", "   - Respuesta: sí\n", "   - Prioridad: crítica", "   - La sesión terminó aquí\n", "## Triaje\n",
        ] {
            #expect(markdown.stdout.contains(spanish), "missing: \(spanish)")
        }
        for english in ["Session report", "Status", "Path taken", "Answer:", "Action run", ", step ", "(Triage)", "## Triage", "Given:", "## Summary", "triage.assess"] {
            #expect(!markdown.stdout.contains(english), "English left: \(english)")
        }
        let folder = try PlaybookBinary.folder(["README": "Reports go here.\n"])
        let html = try PlaybookBinary.run(
            ["report", id, "--lang", "es", "--format", "html", "--redact", "--output", folder + "/report.html"], environment: environment)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stderr.contains("Informe guardado en \(folder)/report.html (con datos omitidos)."))
        let page = try String(contentsOfFile: folder + "/report.html", encoding: .utf8)
        #expect(page.contains("<h1>Informe de la sesión: Quick triage</h1>"))
        #expect(page.contains("<strong>Con datos omitidos.</strong> Este informe deja fuera"))
        #expect(page.contains("<h2>Camino recorrido</h2>"))
        let english = try PlaybookBinary.run(["report", id, "--lang", "en"], environment: environment)
        #expect(english.stdout.contains("## Path taken\n"))
        #expect(english.stdout.contains("   - Answer: yes\n"))
        #expect(english.stdout.contains("## Triage\n"))
    }

    @Test("the JSON report is the same in both languages but for what the facet writes at report time")
    func json() throws {
        let (id, environment) = try session()
        func report(_ language: String) throws -> [String: Any] {
            let result = try PlaybookBinary.run(["report", id, "--lang", language, "--format", "json"], environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            var json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            json["generatedAt"] = nil
            let sections = try #require(json["facetSections"] as? [[String: Any]])
            #expect(sections.map { $0["facetTitle"] as? String } == ["Triage"])
            json["facetSections"] = sections.map { section in section.filter { $0.key != "title" && $0.key != "markdown" } }
            return json
        }
        let spanish = try report("es")
        let english = try report("en")
        func text(_ json: [String: Any]) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]), as: UTF8.self)
        }
        #expect(try text(spanish) == text(english))
        let path = try #require(spanish["path"] as? [[String: Any]])
        #expect(path.first?["answer"] as? String == "yes")
    }

    @Test("run --answers --lang es ends with the outcome in Spanish; in English as before")
    func transcript() throws {
        let answers = try PlaybookBinary.folder(["answers.yaml": "danger: \"yes\"\n"])
        let library = try library()
        func run(_ language: String) throws -> PlaybookBinary.Result {
            try PlaybookBinary.run(
                ["run", "quick-triage", "--lang", language, "--answers", answers + "/answers.yaml"],
                environment: ["XDG_DATA_HOME": try PlaybookBinary.folder([:]), "PLAYBOOK_PATH": library])
        }
        let spanish = try run("es")
        #expect(spanish.status == 0, "\(spanish.stderr)")
        #expect(spanish.stdout.contains("\nResultado: urgente\n"))
        #expect(!spanish.stdout.contains("Outcome"))
        let english = try run("en")
        #expect(english.stdout.contains("\nOutcome: escalated\n"))
    }

    @Test("a piped run refuses an answer in Spanish and tells how to continue in Spanish")
    func refusal() throws {
        let data = try PlaybookBinary.folder([:])
        let result = try PlaybookBinary.run(
            ["run", "quick-triage", "--lang", "es"], input: "quizás\n", environment: ["XDG_DATA_HOME": data, "PLAYBOOK_PATH": try library()])
        #expect(result.status == 1)
        #expect(result.stdout.contains("escribe 1 para sí o 2 para no"))
        #expect(result.stderr.contains("paso 'danger': escribe 1 para sí o 2 para no\nTus respuestas hasta ahora están guardadas como"))
        #expect(result.stderr.contains("ejecuta:\n  playbook resume "))
        #expect(!result.stderr.contains("answers so far"))
    }

    @Test("translate report reproduces the shipped Spanish; lint finds a mistyped key and the strings left")
    func translateAndLint() throws {
        let translated = try PlaybookBinary.run(["translate", "report", "--lang", "es", "--library", PlaybookBinary.shippedLibrary])
        #expect(translated.status == 0, "\(translated.stderr)")
        #expect(translated.stdout.hasPrefix("translates: report\nlanguage: es\nstrings:\n"))
        #expect(translated.stdout.contains("  \"section.path\":\n    # Path taken\n    text: \"Camino recorrido\"\n"))
        let shipped = try String(contentsOfFile: PlaybookBinary.shippedLibrary + "/i18n/es/report.yaml", encoding: .utf8)
        #expect(translated.stdout == shipped)
        let folder = try PlaybookBinary.folder([
            "i18n/es/report.yaml": """
                translates: report
                language: es
                strings:
                  titel:
                    text: "Informe: {1}"
                    source: 42d8764e
                """
        ])
        let lint = try PlaybookBinary.run(["lint", folder, "--library", PlaybookBinary.shippedLibrary])
        #expect(lint.status == 1)
        #expect(lint.stderr.contains("error: 'titel' is not a string of 'report'; did you mean 'title'?"))
        #expect(lint.stderr.contains("strings of 'report' not translated into 'es'"))
        #expect(lint.stderr.contains("1 error, 1 warning"))
    }
}
