import AttributionFacet
import CareFacet
import Foundation
import InfrastructureFacet
import LegalFacet
import PlaybookKit
import Testing
import TriageFacet

/// The shipped library's Spanish and helpers to run an action in English and in Spanish.
enum SpanishFacets {
    static let root = LegalDeadlineDataTests.library
    static let library = PlaybookLibrary.load([root.path], today: CalendarDate("2026-11-27")!)
    static let spanish = library.facetLanguage("es")
    /// 2026-11-27T09:00:00Z.
    static let now = Date(timeIntervalSince1970: TimeInterval(CalendarDate("2026-11-27")!.dayNumber) * 86_400 + 32_400)
    static let facets: [any Facet] = [
        TriageFacet(), InfrastructureFacet(resolver: InfrastructureFakeResolver(.timedOut)), LegalFacet(), CareFacet(),
        AttributionFacet(),
    ]

    /// A context in `language` with a fresh workspace, the shipped library and a fixed clock.
    static func context(_ language: FacetLanguage, roots: [URL] = [root], files: [String] = []) -> ActionContext {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("es-\(UUID().uuidString)")
        return ActionContext(
            clock: FixedClock(start: now), files: FileAccess(allowing: files), workspace: workspace, libraryRoots: roots,
            language: language)
    }

    /// `name` of `facet` run once in English and once in Spanish with the same parameters.
    static func both(
        _ facet: any Facet, _ name: String, _ parameters: [String: Value], roots: [URL] = [root], files: [String] = []
    ) throws -> (english: ActionResult, spanish: ActionResult) {
        let request = ActionRequest(name: name, parameters: parameters)
        return (
            try facet.perform(request, context: context(.english, roots: roots, files: files)),
            try facet.perform(request, context: context(spanish, roots: roots, files: files))
        )
    }

    /// Expects every output but the `human` ones to be the same in both languages, and
    /// the human ones and the messages to differ.
    static func expectSameValues(
        _ results: (english: ActionResult, spanish: ActionResult), human: Set<String>,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(Set(results.english.outputs.keys) == Set(results.spanish.outputs.keys), sourceLocation: sourceLocation)
        for (key, value) in results.english.outputs {
            if human.contains(key) {
                #expect(results.spanish.outputs[key] != value, "\(key) was not translated", sourceLocation: sourceLocation)
            } else {
                #expect(results.spanish.outputs[key] == value, "\(key) changed with the language", sourceLocation: sourceLocation)
            }
        }
        #expect(results.english.messages.count == results.spanish.messages.count, sourceLocation: sourceLocation)
        #expect(results.english.messages != results.spanish.messages, sourceLocation: sourceLocation)
    }

    /// The report section of `facet` for `records`, in Spanish.
    static func section(_ facet: any Facet, _ records: [ActionRecord]) -> ReportSection? {
        facet.reportSection(for: records, text: spanish.text(for: facet))
    }
}

@Suite("Facet text in Spanish")
struct FacetSpanishTests {
    @Test("every facet string and deadline rule text has a current Spanish translation with the same placeholders")
    func complete() throws {
        for facet in SpanishFacets.facets {
            let strings = FacetLanguage.translatableStrings(of: facet, libraryRoots: [SpanishFacets.root])
            #expect(!strings.isEmpty, "\(facet.id) declares no strings")
            let translation = try #require(SpanishFacets.library.translations["es"]?["facet.\(facet.id)"], "\(facet.id)")
            #expect(translation.check(against: strings, file: "facet.\(facet.id).yaml").isEmpty, "\(facet.id)")
            for (key, english) in strings {
                let spanish = try #require(translation.entries[key]?.text)
                #expect(FacetText.placeholders(in: spanish) == FacetText.placeholders(in: english), "\(facet.id): \(key)")
            }
        }
        let legal = LegalFacet().translatableStrings(libraryRoots: [SpanishFacets.root]).map(\.key)
        #expect(legal.contains("rules.echr-application.title") && legal.contains("rules.gdpr-breach-notification.note"))
    }

    @Test("care: the check-in suggestion and breathing cues are Spanish; level, score and referrals are not")
    func care() throws {
        let answers: [String: Value] = ["sleep": 0, "eating": "0", "safety": 0, "overwhelm": 1, "support": 0]
        let checkIn = try SpanishFacets.both(CareFacet(), "check-in", answers)
        SpanishFacets.expectSameValues(checkIn, human: ["suggestion"])
        #expect(checkIn.english.outputs["suggestion"]?.string?.hasPrefix("You seem to be holding steady.") == true)
        #expect(checkIn.spanish.outputs["suggestion"]?.string?.hasPrefix("Parece que te estás sosteniendo bien.") == true)
        #expect(checkIn.spanish.outputs["level"] == "steady")

        let unsafe = try SpanishFacets.both(CareFacet(), "check-in", ["sleep": 3, "eating": 3, "safety": 3, "overwhelm": 3, "support": 3])
        let suggestion = try #require(unsafe.spanish.outputs["suggestion"]?.string)
        #expect(suggestion.hasPrefix("Tu seguridad física va primero."))
        #expect(suggestion.contains(" Cuando estés a salvo: Estás cargando más de lo que nadie debería cargar a solas."))

        let lines = Lines()
        var context = SpanishFacets.context(SpanishFacets.spanish)
        context.emit = { lines.add($0) }
        let breathe = try CareFacet().perform(ActionRequest(name: "breathe", parameters: ["cycles": 1, "pattern": "2-1-2"]), context: context)
        #expect(lines.all == [
            "Vamos a respirar: 1 respiraciones lentas (2-1-2). Siéntate cómodamente y deja caer los hombros.",
            "Respiración 1 de 1", "Inhala… 2", "1", "Sostén… 1", "Exhala… 2", "1",
            "Muy bien. Nota cómo se siente tu cuerpo ahora.",
        ])
        #expect(breathe.messages == ["1 respiraciones, 5 segundos. Puedes volver a este ejercicio cuando lo necesites."])
        #expect(breathe.outputs == ["cycles-done": 1, "seconds": 5])
    }

    @Test("triage: reasons and messages are Spanish; priority, score and facets to open are not")
    func triage() throws {
        let assess = try SpanishFacets.both(
            TriageFacet(), "assess",
            ["physical-danger": true, "detained": false, "affected": ["website", "wellbeing"], "deadline-days": 1])
        SpanishFacets.expectSameValues(assess, human: ["reasons", "priority-words"])
        #expect(assess.spanish.outputs["priority-words"] == "crítica")
        #expect(assess.spanish.outputs["priority"] == "critical")
        #expect(assess.english.messages == ["Priority: critical (score 84 of 100)."])
        #expect(assess.spanish.messages == ["Prioridad: crítica (puntuación 84 de 100)."])
        let reasons = (assess.spanish.outputs["reasons"]?.list ?? []).compactMap(\.string)
        #expect(reasons.first?.hasPrefix("Alguien está en peligro físico.") == true)
        #expect(reasons.contains("Hay un plazo que vence mañana: atiéndelo primero."))

        let empty = ActionRequest(name: "refer", parameters: ["services": ["physical_security"]])
        var context = SpanishFacets.context(SpanishFacets.spanish)
        context.directory = ResponderDirectory(organisations: [])
        context.directoryText = SpanishFacets.library.directoryText("es")
        let refer = try TriageFacet().perform(empty, context: context)
        #expect(refer.messages == [
            "Ninguna organización del directorio ofrece protección física, y el directorio no incluye ninguna línea de ayuda general. "
                + "Pide a una organización en la que ya confíes que te derive a alguien."
        ])
        #expect(refer.outputs["count"] == 0)

        let records = [ActionRecord(step: "assess", action: "triage.assess", parameters: [:], result: assess.spanish)]
        let section = try #require(SpanishFacets.section(TriageFacet(), records))
        #expect(section.title == "Triaje")
        #expect(section.markdown.hasPrefix("**Prioridad: crítica** (puntuación 84 de 100)"))
        #expect(section.markdown.contains("Abrir a continuación: legal, care, infrastructure."))
    }

    @Test("infrastructure: explanations, consent purpose, checklist texts and errors are Spanish; verdicts and ids are not")
    func infrastructure() throws {
        let consent = InfrastructureConsentLog(answer: false)
        var declinedContext = consent.context
        declinedContext.language = SpanishFacets.spanish
        let declined = try InfrastructureFacet(resolver: InfrastructureFakeResolver(.timedOut))
            .perform(ActionRequest(name: "probe-site", parameters: ["url": "https://news.example"]), context: declinedContext)
        #expect(consent.requests.map(\.purpose) == ["comprobar si el sitio web responde desde esta computadora"])
        #expect(declined.outputs["verdict"] == "not-checked")
        #expect(declined.outputs["explanation"]?.string?.hasPrefix("No se contactó con nada.") == true)
        #expect(declined.messages == ["No se contactó con el sitio web."])

        let allowed = InfrastructureConsentLog(answer: true)
        var lookupContext = allowed.context
        lookupContext.language = SpanishFacets.spanish
        let unresolved = try InfrastructureFacet(resolver: InfrastructureFakeResolver(.timedOut))
            .perform(ActionRequest(name: "probe-site", parameters: ["url": "https://news.example"]), context: lookupContext)
        #expect(unresolved.outputs["verdict"] == "dns-failure")
        #expect(unresolved.outputs["error"] == "la búsqueda del nombre no obtuvo respuesta a tiempo")
        let explanation = try #require(unresolved.outputs["explanation"]?.string)
        #expect(explanation.hasPrefix(
            "No se pudo convertir el nombre del sitio web (news.example) en una dirección: la búsqueda no obtuvo respuesta a tiempo."))
        #expect(explanation.hasSuffix("compara con una línea de ayuda en seguridad digital o con alguien en otro país."))
        #expect(unresolved.messages == ["Resultado: fallo de DNS."])

        let hardening = try SpanishFacets.both(
            InfrastructureFacet(), "hardening", ["cms": "wordpress", "hosting": "vps", "admins": 5, "has-cdn": true])
        SpanishFacets.expectSameValues(hardening, human: ["items"])
        func fields(_ result: ActionResult, _ key: String) -> [String] {
            (result.outputs["items"]?.list ?? []).compactMap { $0.record?[key]?.string }
        }
        #expect(fields(hardening.spanish, "id") == fields(hardening.english, "id"))
        #expect(fields(hardening.spanish, "level") == fields(hardening.english, "level"))
        #expect(fields(hardening.spanish, "text").contains { $0.hasSuffix("5 personas tienen acceso de administración: cada una es una cuenta que alguien puede intentar robar.") })
        #expect(hardening.spanish.messages == ["13 medidas de protección, 8 de ellas sin ayuda técnica."])

        let error = #expect(throws: ActionError.self) {
            try InfrastructureFacet().perform(ActionRequest(name: "dns-lookup", parameters: ["host": "https://news.example/x"]), context: SpanishFacets.context(SpanishFacets.spanish))
        }
        #expect(error == .invalidParameter("host", "indica solo el nombre, como example.org, sin https:// ni una ruta"))

        let records = [ActionRecord(step: "harden", action: "infrastructure.hardening", parameters: [:], result: hardening.spanish)]
        let section = try #require(SpanishFacets.section(InfrastructureFacet(), records))
        #expect(section.title == "Infraestructura")
        #expect(section.markdown.hasPrefix("### Lista de medidas de protección\n\n- [ ] Activa la verificación en dos pasos (2FA)"))
        #expect(section.markdown.contains("(avanzado)"))
    }

    @Test("legal: the rule's title and note, messages, exports and errors are Spanish; dates and sources are not")
    func legal() throws {
        let deadline = try SpanishFacets.both(LegalFacet(), "deadline", ["event-date": "2026-11-10", "rule": "echr-application"])
        SpanishFacets.expectSameValues(deadline, human: ["rule-title", "note"])
        #expect(deadline.spanish.outputs["deadline"] == "2027-03-10")
        #expect(deadline.spanish.outputs["rule-title"] == "Tribunal Europeo de Derechos Humanos - presentación de una demanda individual")
        #expect(deadline.spanish.messages.first == "Tribunal Europeo de Derechos Humanos - presentación de una demanda individual: 4 meses desde el 2026-11-10, así que el último día es el 2027-03-10 (quedan 103 días).")
        #expect(deadline.spanish.messages.last == "Fuente: https://www.echr.coe.int/documents/d/echr/convention_ENG (verificada el 2026-11-27).")
        let note = try #require(deadline.spanish.outputs["note"]?.string)
        #expect(note.contains("1 de febrero de 2022") && note.contains("Protocolo n.º 15"))

        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("es-log-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: workspace) }
        var context = SpanishFacets.context(SpanishFacets.spanish)
        context.workspace = FolderWorkspace(workspace)
        let logged = try LegalFacet().perform(
            ActionRequest(name: "incident-log", parameters: ["when": "2026-11-20", "platform": "X", "description": "Amenaza"]), context: context)
        #expect(logged.messages.first == "Incidente 1 registrado (1 en total).")
        let markdown = try String(contentsOf: workspace.appendingPathComponent("incident-log.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# Registro de incidentes\n\n| # | Cuándo | Plataforma | Dónde | Enlace | Qué pasó | Pruebas | Registrado el |"))
        let csv = try String(contentsOf: workspace.appendingPathComponent("incident-log.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("number,when,platform,where,link,description,evidence,recorded\r\n"))

        let error = #expect(throws: ActionError.self) {
            try LegalFacet().perform(
                ActionRequest(name: "incident-log", parameters: ["when": "ayer", "platform": "X", "description": "Amenaza"]), context: context)
        }
        #expect(error == .invalidParameter("when", "'ayer' no es una fecha; escríbela como AAAA-MM-DD (2026-11-27) o con la hora, 2026-11-27T14:05"))

        let records = [
            ActionRecord(step: "log", action: "legal.incident-log", parameters: ["when": "2026-11-20", "platform": "X", "description": "Amenaza"], result: logged),
            ActionRecord(step: "deadline", action: "legal.deadline", parameters: ["event-date": "2026-11-10"], result: deadline.spanish),
        ]
        let section = try #require(SpanishFacets.section(LegalFacet(), records))
        #expect(section.title == "Defensa legal")
        #expect(section.markdown.contains("### Incidentes registrados\n\n| # | Cuándo |"))
        #expect(section.markdown.contains("### Plazos\n\n- **Tribunal Europeo de Derechos Humanos - presentación de una demanda individual**: último día **2027-03-10**, contado desde el 2026-11-10."))
        #expect(section.markdown.contains("confirma cada fecha con un abogado o una abogada"))
    }

    @Test("legal: a rule text whose English changed after it was translated is shown in English")
    func staleRuleText() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("es-rules-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
        let shipped = try String(contentsOf: SpanishFacets.root.appendingPathComponent("data/legal-deadlines.yaml"), encoding: .utf8)
        let changed = shipped.replacingOccurrences(of: "send the application well before.", with: "send the application at once.")
        #expect(changed != shipped)
        try Data(changed.utf8).write(to: root.appendingPathComponent("data/legal-deadlines.yaml"))
        let result = try SpanishFacets.both(LegalFacet(), "deadline", ["event-date": "2026-11-10", "rule": "echr-application"], roots: [root])
        #expect(result.spanish.outputs["rule-title"] == "Tribunal Europeo de Derechos Humanos - presentación de una demanda individual")
        #expect(result.spanish.outputs["note"] == result.english.outputs["note"])
        #expect(result.spanish.outputs["note"]?.string?.contains("send the application at once.") == true)
    }

    @Test("attribution: messages, header findings and the evidence check are Spanish; indicators and verdicts are not")
    func attribution() throws {
        let extract = try SpanishFacets.both(AttributionFacet(), "extract-indicators", ["text": "Log in at https://login.example.com/verify now"])
        SpanishFacets.expectSameValues(extract, human: [])
        #expect(extract.spanish.messages == ["Se encontró 1 indicador."])

        let headers = """
            From: "Bank support@example.com" <notice@example.net>
            Reply-To: <recover@example.test>
            Message-ID: <1@mail.example.net>
            Authentication-Results: mx.example.org; spf=fail smtp.mailfrom=example.net; dkim=pass; dmarc=fail
            Received: from mail.example.net by mx.example.org; Tue, 5 Mar 2024 10:03:10 +0000
            """
        let analysis = try SpanishFacets.both(AttributionFacet(), "email-headers", ["headers": .string(headers)])
        SpanishFacets.expectSameValues(analysis, human: ["mismatches", "warnings"])
        #expect(analysis.spanish.outputs["spf"] == "fail")
        let mismatches = (analysis.spanish.outputs["mismatches"]?.list ?? []).compactMap(\.string)
        #expect(mismatches.contains("Las respuestas irían a example[.]test, no al dominio de From example[.]net: un truco común para recibir las respuestas a un mensaje falsificado."))
        let warnings = (analysis.spanish.outputs["warnings"]?.list ?? []).compactMap(\.string)
        #expect(warnings.contains { $0.hasPrefix("DMARC fail: quien tiene el dominio de From no autorizó este mensaje") })

        let folder = try AttributionTestSupport.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try AttributionTestSupport.write("a screenshot", to: "threat.png", in: folder)
        var context = SpanishFacets.context(SpanishFacets.spanish, files: [file])
        context.workspace = FolderWorkspace(folder.appendingPathComponent("workspace"))
        let hashed = try AttributionFacet().perform(ActionRequest(name: "hash-evidence", parameters: ["path": .string(file)]), context: context)
        #expect(hashed.messages.first?.hasPrefix("threat.png quedó registrado como entrada 1 del registro de pruebas, SHA-256 ") == true)
        let verified = try AttributionFacet().perform(ActionRequest(name: "verify-evidence", parameters: [:]), context: context)
        #expect(verified.outputs["verified"] == true)
        #expect(verified.outputs["summary"] == "el registro de pruebas se verifica: 1 entrada, ninguna modificada, eliminada ni reordenada")
        #expect(verified.messages == ["El registro de pruebas se verifica: 1 entrada, ninguna modificada, eliminada ni reordenada."])

        let records = [
            ActionRecord(step: "extract", action: "attribution.extract-indicators", parameters: [:], result: extract.spanish),
            ActionRecord(step: "hash", action: "attribution.hash-evidence", parameters: [:], result: hashed),
            ActionRecord(step: "verify", action: "attribution.verify-evidence", parameters: [:], result: verified),
        ]
        let section = try #require(SpanishFacets.section(AttributionFacet(), records))
        #expect(section.title == "Atribución y análisis forense")
        #expect(section.markdown.contains("### Indicadores encontrados\n\nDesactivados para que no se puedan abrir por accidente.\n\n- URL: `hxxps://login.example[.]com/verify`"))
        #expect(section.markdown.contains("| Entrada | Registrada (UTC) | Archivo | Tamaño (bytes) | SHA-256 | Hash de la entrada |"))
        #expect(section.markdown.contains("Última comprobación del archivo de registro: el registro de pruebas se verifica"))
    }
}

/// Lines an action emitted, collected from its `emit` calls.
final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func add(_ line: String) { lock.withLock { lines.append(line) } }

    var all: [String] { lock.withLock { lines } }
}
