import Foundation
import Testing

@testable import PlaybookKit

/// The shipped library's Spanish report framing, with a title for the fixture's facet.
enum SpanishReport {
    static let library = PlaybookLibrary.load(
        [
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("playbooks").path
        ], today: LintHarness.today)

    static var text: ReportText {
        var text = library.reportText("es")
        text.facetTitles["evidence"] = "Pruebas"
        return text
    }

    /// English framing that must not be left in a Spanish report.
    static let english = [
        "Session report", "**Status:**", "**Session:**", "Started", "Last updated", "Report made", "## Outcome", "Path taken",
        "Answer:", "Condition that held", "Action run", "The session ended here", ", step ", "| Item | State | Note |",
        "not applicable", "(optional)", "Given:", "Results:", "Messages:", "## Notes", "Where to get help", "Website",
        "## Summary", "Situation", "Urgency", "What happened", "Still open", "Who to contact", "Contact an organisation soon",
        "Services", "Languages", "Response time", "- Contact:", "through the website", "(checked ", "Checked ", "1 of 3 done",
        "Referred to an organisation",
    ]
}

@Suite("Session reports in the person's language")
struct ReportLanguageTests {
    @Test("a Spanish Markdown report frames everything in Spanish; the content stays as it was")
    func markdown() throws {
        let markdown = ReportFixture.report(try ReportFixture.session()).markdown(in: SpanishReport.text)
        for spanish in [
            "# Informe de la sesión: Test\n", "- **Estado:** Derivado a una organización\n", "- **Sesión:** session-1\n",
            "- **Inicio:** 2027-01-15 08:00 UTC\n", "## Resultado de la sesión\n\n**Derivado a una organización.** (Test, paso done)",
            "## Resumen\n", "- **Situación:** Test\n", "- **Urgencia:** Contactar pronto con una organización\n",
            "- **Qué pasó:**\n  - What is happening? → Threats | insults\n", "- **Hecho:**\n  - Take screenshots | with dates\n",
            "- **Pendiente:**\n  - Report to the platform.\n", "- **Notas de la persona:**\n",
            "- **A quién contactar:** Example Helpdesk, Example Lawyers (cómo contactarlas: «Dónde conseguir ayuda», más abajo)",
            "## Camino recorrido\n", "1. What is happening? (Test, paso start)\n   - Respuesta: Threats | insults",
            "   - Respuesta: Mallory Quillfeather", "   - Respuesta: no\n",
            "   - Leído", "   - Logged 12 messages from harass.example", "   - Respuesta: 1 de 3 hechos", "   - La sesión terminó aquí",
            "## Listas de verificación\n\n### Test, paso steps", "| Punto | Estado | Nota |",
            "| Take screenshots \\| with dates | hecho |  |", "| Block the accounts. | no corresponde | platform ignored Zephyrine |",
            "| Report to the platform. (opcional) | pendiente |  |",
            "## Pruebas: Evidence log", "## Notas\n\n- 2027-01-15 08:00 UTC, Test, paso steps:\\",
            "## Dónde conseguir ayuda\n\n### Example Helpdesk", "- Sitio web: https://helpdesk.example.org",
            "- Ofrece: línea de ayuda en seguridad digital, ayuda legal", "- Idiomas: en", "- Tiempo de respuesta: within 2 hours",
            "  - correo electrónico: help@helpdesk.example.org (verificado el 2026-10-01 en https://helpdesk.example.org/contact)",
            "  - formulario web: https://helpdesk.example.org/form", "- Verificado el 2026-10-01 en https://helpdesk.example.org/about",
            "- Contacto: a través del sitio web",
        ] {
            #expect(markdown.contains(spanish), "missing: \(spanish)")
        }
        for english in SpanishReport.english {
            #expect(!markdown.contains(english), "English left: \(english)")
        }
    }

    @Test("a Spanish HTML report frames everything in Spanish, title and headings included")
    func html() throws {
        let html = ReportFixture.report(try ReportFixture.session()).html(in: SpanishReport.text)
        for spanish in [
            "<title>Informe de la sesión: Test</title>", "<h1>Informe de la sesión: Test</h1>",
            "<dt>Estado</dt><dd>Derivado a una organización</dd>", "<dt>Última modificación</dt>", "<h2>Resultado de la sesión</h2>",
            "<span class=\"place\">Test, paso start</span>", "<li>Respuesta: Threats | insults</li>",
            "<h2>Resumen</h2>", "<dt>Urgencia</dt><dd><strong>Contactar pronto con una organización</strong></dd>",
            "<dt>Qué pasó</dt><dd><ul><li>What is happening? → Threats | insults</li>", "<dt>Pendiente</dt>",
            "<th>Punto</th><th>Estado</th><th>Nota</th>", "<span class=\"state state-not-applicable\">no corresponde</span>",
            "<span class=\"meta\">(opcional)</span>", "<li>Logged 12 messages from harass.example</li>", "<h2>Pruebas: Evidence log</h2>",
            "<h2>Notas</h2>", "<h2>Dónde conseguir ayuda</h2>", "<dt>Sitio web</dt>", "<dt>Tiempo de respuesta</dt>",
            "<li>formulario web: <a href=\"https://helpdesk.example.org/form\" class=\"bare\">", "(verificado el 2026-10-01 en <a href=",
            "<dt>Verificado</dt><dd>el 2026-10-01 en <a href=\"https://helpdesk.example.org/about\"",
            "<dt>Contacto</dt><dd>a través del sitio web</dd>",
        ] {
            #expect(html.contains(spanish), "missing: \(spanish)")
        }
        for english in ["Session report", ">Status<", ">Path taken<", "Answer:", "No condition held", ">Item<", ">not applicable<",
            "(optional)", "Given:", ">Website<", ">Checked<", "through the website", "(checked ", ", step ", ">Summary<", ">Urgency<",
            "evidence.log", "messages &gt;= 10"]
        {
            #expect(!html.contains(english), "English left: \(english)")
        }
    }

    @Test("an action step that said nothing is told in Spanish too, without the action's name")
    func silentAction() throws {
        let state = try ReportFixture.session()
        var report = ReportFixture.report(state)
        report.path[6].messages = []
        #expect(report.markdown(in: SpanishReport.text).contains("7. Test, paso log\n   - Lo hizo la herramienta\n"))
        #expect(report.html(in: SpanishReport.text).contains("<li>Lo hizo la herramienta</li>"))
    }

    @Test("a redacted Spanish report says so in Spanish and marks what it leaves out as [omitido]; its JSON keeps [left out]")
    func redacted() throws {
        let report = ReportFixture.report(try ReportFixture.session(), redact: true)
        let markdown = report.markdown(in: SpanishReport.text)
        #expect(markdown.hasPrefix("# Informe de la sesión: Test\n\n> **Con datos omitidos.** Este informe deja fuera lo que escribió la persona"))
        #expect(markdown.contains("en su lugar aparece “[omitido]”;"))
        #expect(markdown.contains("   - Respuesta: [omitido]\n"))
        #expect(markdown.contains("| Block the accounts. | no corresponde | [omitido] |"))
        #expect(markdown.contains("- **Notas de la persona:** no aparecen en este informe con datos omitidos"))
        #expect(markdown.contains("## Notas\n\nLas notas no aparecen en este informe con datos omitidos."))
        let html = report.html(in: SpanishReport.text)
        #expect(html.contains("<p class=\"redacted\"><strong>Con datos omitidos.</strong> Este informe deja fuera"))
        #expect(html.contains("<li>Respuesta: <span class=\"left-out\">[omitido]</span></li>"))
        for text in [markdown, html] {
            #expect(!text.contains("[left out]"))
            #expect(!text.contains("redacted report"))
        }
        #expect(report.json().contains("\"answer\" : \"[left out]\""))
    }

    @Test("English stays the default, and the JSON is the same whatever language the facet titles are in")
    func englishAndJSON() throws {
        let state = try ReportFixture.session()
        let english = ReportFixture.report(state)
        #expect(english.markdown() == english.markdown(in: .english))
        #expect(english.html() == english.html(in: .english))
        #expect(english.markdown(in: SpanishReport.text) != english.markdown())
        let location = SourceLocation(file: "facet.evidence.yaml", line: 1, column: 1)
        let title = Translation.Entry(text: "Pruebas", source: TranslatableText.fingerprint("Evidence"), location: location)
        let spanishFacets = FacetLanguage(
            code: "es", translations: ["evidence": Translation(subject: "facet.evidence", language: "es", entries: ["title": title], location: location)])
        #expect(spanishFacets.titles == ["evidence": "Pruebas"])
        let spanish = SessionReport(
            state: state, engine: ReportFixture.engine, directory: ReportFixture.directory, redact: false,
            generatedAt: ReportFixture.later, facetLanguage: spanishFacets)
        #expect(spanish.json() == english.json())
        #expect(spanish.facetSections.first?.facetTitle == "Evidence")
        #expect(spanish.actions.first?.facetTitle == "Evidence")
    }

    @Test("answers the engine put into words are translated; what the person chose or typed is not")
    func answers() {
        let position = Position(playbook: "p", step: "s")
        func step(_ kind: String, _ answer: String, event: ReportPathStep.Event = .answered) -> ReportPathStep {
            var step = ReportPathStep(position: position, playbookTitle: "P", kind: kind, event: event, text: nil)
            step.answer = answer
            return step
        }
        let spanish = SpanishReport.text
        #expect(step("input", "yes").answer(in: spanish) == "sí")
        #expect(step("input", "no").answer(in: spanish) == "no")
        #expect(step("input", "yes").answer(in: .english) == "yes")
        #expect(step("checklist", "2 of 5 done").answer(in: spanish) == "2 de 5 hechos")
        #expect(step("checklist", "two of five").answer(in: spanish) == "two of five")
        #expect(step("question", "yes").answer(in: spanish) == "yes", "an option's label stays as the playbook wrote it")
        #expect(step("input", "Yes, twice").answer(in: spanish) == "Yes, twice")
    }

    @Test("values for people: yes/no and the count of items not shown are in the report's language")
    func fields() {
        let spanish = SpanishReport.text
        let long = ReportField(name: "items", value: .list((1...12).map { .number(Double($0)) }))
        #expect(long.text == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (2 more)")
        #expect(long.text(in: spanish) == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (2 más)")
        let flags = ReportField(name: "flags", value: .record(["ok": true, "down": false]))
        #expect(flags.text == "down: no; ok: yes")
        #expect(flags.text(in: spanish) == "down: no; ok: sí")
    }

    @Test("a translation cannot add markup: its text is escaped in HTML and Markdown")
    func translationIsText() throws {
        let location = SourceLocation(file: "report.yaml", line: 1, column: 1)
        func entry(_ text: String) -> Translation.Entry {
            Translation.Entry(text: text, source: "00000000", location: location)
        }
        let hostile = ReportText(translation: Translation(
            subject: "report", language: "xx",
            entries: ["title": entry("<script>x</script> {1}"), "left-out": entry("<b>gone</b>"), "section.path": entry("[link](https://evil.example) | a")],
            location: location))
        let report = ReportFixture.report(try ReportFixture.session(), redact: true)
        let html = report.html(in: hostile)
        #expect(html.contains("<h1>&lt;script&gt;x&lt;/script&gt; Test</h1>"))
        #expect(html.contains("<span class=\"left-out\">&lt;b&gt;gone&lt;/b&gt;</span>"))
        #expect(!html.contains("<script>") && !html.contains("<b>"))
        let markdown = report.markdown(in: hostile)
        #expect(markdown.hasPrefix("# \\<script>x\\</script> Test\n"))
        #expect(markdown.contains("## \\[link](https://evil.example) | a\n"))
        #expect(markdown.contains("- Answer: \\<b>gone\\</b>\n"))
    }

    @Test("the shipped Spanish report framing is complete and current, with the English placeholders")
    func shippedSpanish() throws {
        let translation = try #require(SpanishReport.library.translations["es"]?[ReportText.subject])
        let strings = ReportText.translatableStrings
        #expect(translation.check(against: strings, file: "report.yaml").isEmpty)
        for (key, english) in strings {
            let spanish = try #require(translation.entries[key]?.text, "\(key)")
            #expect(FacetText.placeholders(in: spanish) == FacetText.placeholders(in: english), "\(key)")
        }
        #expect(SpanishReport.library.reportText("es").facetTitles["triage"] == "Triaje")
        #expect(SpanishReport.library.reportText("fr").language == "en")
    }
}

@Suite("Lint of report translations")
struct ReportTranslationLintTests {
    static func entry(_ key: String, _ text: String, english: String) -> String {
        "  \(key):\n    text: \"\(text)\"\n    source: \(TranslatableText.fingerprint(english))\n"
    }

    @Test("a missing report string is a warning; an unknown key and a placeholder the English lacks are errors")
    func findings() throws {
        let file = "translates: report\nlanguage: es\nstrings:\n"
            + Self.entry("section.path", "Camino recorrido", english: "Path taken")
            + Self.entry("section.pathh", "Camino", english: "Path taken")
            + Self.entry("path.answer", "Respuesta: {1} {2}", english: "Answer: {1}")
        let found = LintHarness().lint(["i18n/es/report.yaml": file])
        let missing = try #require(found.first { $0.rule == "translation-missing" })
        #expect(missing.severity == .warning)
        #expect(missing.message.contains("strings of 'report' not translated into 'es'"))
        let unknown = try #require(found.first { $0.rule == "translation-unknown-key" })
        #expect(unknown.severity == .error)
        #expect(unknown.message.contains("'section.pathh' is not a string of 'report'; did you mean 'section.path'?"))
        let placeholder = try #require(found.first { $0.rule == "translation-placeholder" })
        #expect(placeholder.severity == .error)
        #expect(placeholder.message.contains("the translation of 'path.answer' uses {2}"))
        #expect(found.count == 3)
    }

    @Test("a complete, current report translation lints clean; a changed English is stale")
    func complete() {
        var file = "translates: report\nlanguage: es\nstrings:\n"
        for (key, english) in ReportText.translatableStrings {
            file += Self.entry("\"\(key)\"", english, english: key == "section.path" ? "Way taken" : english)
        }
        let found = LintHarness().lint(["i18n/es/report.yaml": file])
        #expect(found.map(\.rule) == ["translation-stale"])
        #expect(found.first?.message.contains("the English of 'section.path' changed") == true)
    }
}
