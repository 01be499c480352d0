import Foundation
import Testing

@testable import PlaybookKit

/// A facet that speaks: its action greets in the context's language and its report
/// section counts greetings, while the `mood` output stays a value playbooks branch on.
struct GreetingFacet: Facet {
    let id = "greeting"
    let title = "Greeting"
    let actions = [
        ActionDescriptor(
            name: "greet", summary: "Greets someone.", parameters: [ParameterDescriptor("name", .string, "Who.")],
            outputs: [
                OutputDescriptor("mood", .string, "calm"),
                OutputDescriptor("greeting", .string, "The greeting, for people."),
            ])
    ]
    let strings = [
        "greet.hello": "Hello, {1}.",
        "report.title": "Greetings",
        "report.count": "{1} greeting(s) given.",
    ]

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        let text = context.text(for: self)
        let greeting = text("greet.hello", try request.string("name"))
        return ActionResult(outputs: ["mood": "calm", "greeting": .string(greeting)], messages: [greeting])
    }

    func reportSection(for records: [ActionRecord], text: FacetText) -> ReportSection? {
        ReportSection(title: text("report.title"), markdown: text("report.count", "\(records.count)"))
    }
}

@Suite("Facet strings and their translations")
struct FacetTranslationTests {
    static let spanish = """
        translates: facet.greeting
        language: es
        strings:
          greet.hello:
            text: "Hola, {1}."
            source: \(TranslatableText.fingerprint("Hello, {1}."))
          report.title:
            text: "Saludos"
            source: \(TranslatableText.fingerprint("Greetings"))
        """

    static let playbook = """
        id: hello
        title: Hello
        facet: greeting
        summary: Greets.
        reviewed: 2026-11-01
        steps:
          greet:
            action: greeting.greet
            with:
              name: Ana
            next: done
          done:
            end: resolved
        """

    func library(_ files: [String: String]) throws -> PlaybookLibrary {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facet-i18n-\(UUID().uuidString)")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return PlaybookLibrary.load([folder.path], today: LintHarness.today)
    }

    func lint(_ translation: String) -> [Diagnostic] {
        let harness = LintHarness()
        for (path, text) in ["hello.yaml": Self.playbook, "i18n/es/facet.greeting.yaml": translation] {
            let url = harness.folder.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: url)
        }
        defer { try? FileManager.default.removeItem(at: harness.folder) }
        let registry = FacetRegistry([GreetingFacet()])
        return Linter(registry: registry, today: LintHarness.today).lint([harness.folder.path]).diagnostics
    }

    @Test("placeholders are filled in one pass; missing values and unknown keys show as they are")
    func placeholders() {
        let text = FacetText(english: ["pair": "{1} and {2}", "odd": "{x} {1} {}"])
        #expect(text("pair", "{2}", "b") == "{2} and b")
        #expect(text("pair", "only") == "only and {2}")
        #expect(text("odd", "v") == "{x} v {}")
        #expect(text("no.such.key") == "no.such.key")
        #expect(FacetText.placeholders(in: "{2} of {1}, {1} again, {x}") == [1, 2])
    }

    @Test("a translation replaces the strings it has; the rest stay English")
    func overlay() throws {
        let loaded = try library(["i18n/es/facet.greeting.yaml": Self.spanish])
        let spanish = loaded.facetLanguage("es").text(for: GreetingFacet())
        #expect(spanish.language == "es")
        #expect(spanish("greet.hello", "Ana") == "Hola, Ana.")
        #expect(spanish("report.count", "2") == "2 greeting(s) given.")
        let french = loaded.facetLanguage("fr").text(for: GreetingFacet())
        #expect(french.language == "en")
        #expect(french("greet.hello", "Ana") == "Hello, Ana.")
    }

    @Test("a data file's text is translated only while its English is the one the translation was made from")
    func dataTexts() {
        let location = SourceLocation(file: "facet.legal.yaml", line: 1, column: 1)
        func text(madeFrom english: String) -> FacetText {
            let entry = Translation.Entry(text: "Cuatro meses.", source: TranslatableText.fingerprint(english), location: location)
            return FacetText(english: [:], translation: Translation(subject: "facet.legal", language: "es", entries: ["rules.x.note": entry], location: location))
        }
        #expect(text(madeFrom: "Four months.").data("rules.x.note", english: "Four months.") == "Cuatro meses.")
        #expect(text(madeFrom: "Six months.").data("rules.x.note", english: "Four months.") == "Four months.")
        #expect(text(madeFrom: "Four months.").data("rules.y.note", english: "Other.") == "Other.")
    }

    @Test("actions speak the context's language and give the same values to branch on")
    func actionInSpanish() throws {
        let loaded = try library(["i18n/es/facet.greeting.yaml": Self.spanish])
        let request = ActionRequest(name: "greet", parameters: ["name": "Ana"])
        let english = try GreetingFacet().perform(request, context: ActionContext(workspace: temporaryWorkspace()))
        let spanish = try GreetingFacet().perform(
            request, context: ActionContext(workspace: temporaryWorkspace(), language: loaded.facetLanguage("es")))
        #expect(english.messages == ["Hello, Ana."])
        #expect(spanish.messages == ["Hola, Ana."])
        #expect(spanish.outputs["greeting"] == "Hola, Ana.")
        #expect(spanish.outputs["mood"] == english.outputs["mood"])
    }

    @Test("a report's facet sections are written in the language asked for")
    func reportInSpanish() throws {
        let loaded = try library(["i18n/es/facet.greeting.yaml": Self.spanish])
        let engine = Engine(playbooks: decodePlaybooks([Self.playbook]), registry: FacetRegistry([GreetingFacet()]))
        let state = try SessionDriver.run("hello", script: AnswerScript(entries: []), engine: engine, context: ActionContext())
        func section(_ language: FacetLanguage) -> ReportFacetSection? {
            SessionReport(
                state: state, engine: engine, directory: ResponderDirectory(organisations: []), redact: false, generatedAt: Date(),
                facetLanguage: language
            ).facetSections.first
        }
        #expect(section(.english)?.title == "Greetings")
        #expect(section(loaded.facetLanguage("es"))?.title == "Saludos")
        #expect(section(loaded.facetLanguage("es"))?.markdown == "1 greeting(s) given.")
    }

    @Test("a facet that declares no strings keeps its English report section")
    func defaults() {
        let facet = ReportEvidenceFacet()
        #expect(facet.strings.isEmpty)
        #expect(facet.translatableStrings(libraryRoots: []).isEmpty)
        let text = FacetText(english: [:])
        #expect(facet.reportSection(for: [], text: text) == facet.reportSection(for: []))
    }

    @Test("lint warns about a missing facet string and rejects an unknown key")
    func lintMissingAndUnknown() {
        let found = lint(
            """
            translates: facet.greeting
            language: es
            strings:
              greet.hello:
                text: "Hola, {1}."
                source: \(TranslatableText.fingerprint("Hello, {1}."))
              greet.helo:
                text: "Hola."
                source: 00000000
            """)
        let missing = found.first { $0.rule == "translation-missing" }
        #expect(missing?.severity == .warning)
        #expect(missing?.message.contains("3 strings of 'facet.greeting' not translated into 'es': title, report.count, report.title") == true)
        let unknown = found.first { $0.rule == "translation-unknown-key" }
        #expect(unknown?.severity == .error)
        #expect(unknown?.message.contains("did you mean 'greet.hello'?") == true)
        #expect(found.count == 2)
    }

    @Test("lint rejects a placeholder the English does not fill in, and a facet that does not exist")
    func lintPlaceholdersAndFacets() {
        let placeholder = lint(
            """
            translates: facet.greeting
            language: es
            strings:
              greet.hello:
                text: "Hola, {1} y {2}."
                source: \(TranslatableText.fingerprint("Hello, {1}."))
            """)
        #expect(placeholder.filter { $0.severity == .error }.map(\.rule) == ["translation-placeholder"])
        let unknownFacet = lint("translates: facet.greting\nlanguage: es\nstrings: {}\n")
        #expect(unknownFacet.map(\.rule) == ["unknown-facet"])
        #expect(unknownFacet.first?.message.contains("did you mean 'greeting'?") == true)
    }

    @Test("a complete facet translation lints clean")
    func lintClean() {
        let complete = Self.spanish + """

              title:
                text: "Saludo"
                source: \(TranslatableText.fingerprint("Greeting"))
              report.count:
                text: "{1} saludo(s)."
                source: \(TranslatableText.fingerprint("{1} greeting(s) given."))
            """
        #expect(lint(complete).isEmpty)
    }
}
