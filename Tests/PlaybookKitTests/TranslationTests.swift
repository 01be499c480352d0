import Foundation
import Testing

@testable import PlaybookKit

@Suite("Translations")
struct TranslationTests {
    static let english = playbook(
        id: "p",
        """
          what:
            say: Breathe.
            ask: What do you see?
            options:
              - label: An error page
                value: error
                next: list
              - label: Nothing
                next: list
          list:
            checklist:
              - id: call
                text: Call the host.
            next: done
          done:
            end: resolved
        """)

    func translation(_ strings: [(String, String, String?)]) -> String {
        var text = "translates: p\nlanguage: es\nstrings:\n"
        for (key, value, source) in strings {
            text += "  \(key):\n    text: \"\(value)\"\n    source: \(source ?? TranslatableText.fingerprint(englishText(key)))\n"
        }
        return text
    }

    func englishText(_ key: String) -> String {
        let playbook = decodePlaybooks([Self.english])[0]
        return TranslatableText.strings(of: playbook).first { $0.key == key }?.text ?? ""
    }

    @Test("keys come from ids, in authoring order")
    func keys() {
        let playbook = decodePlaybooks([Self.english])[0]
        #expect(TranslatableText.strings(of: playbook).map(\.key) == [
            "title", "summary", "steps.what.say", "steps.what.ask", "steps.what.options.error",
            "steps.what.options.Nothing", "steps.list.checklist.call",
        ])
    }

    @Test("a translated playbook shows the translation and keeps option values")
    func applied() throws {
        let all: [(String, String, String?)] = [
            ("title", "Prueba", nil), ("summary", "Un playbook de prueba.", nil), ("steps.what.say", "Respira.", nil),
            ("steps.what.ask", "¿Qué ves?", nil), ("steps.what.options.error", "Una página de error", nil),
            ("steps.what.options.Nothing", "Nada", nil), ("steps.list.checklist.call", "Llama al proveedor.", nil),
        ]
        let found = LintHarness().lint(["p.yaml": Self.english, "i18n/es/p.yaml": translation(all)])
        #expect(found.isEmpty)
        let library = PlaybookLibrary.load([try folder(["p.yaml": Self.english, "i18n/es/p.yaml": translation(all)])], today: LintHarness.today)
        let spanish = try #require(library.playbooks(in: "es").first)
        guard case .question(let question) = spanish.step("what")?.kind else {
            Issue.record("expected a question")
            return
        }
        #expect(question.ask.source == "¿Qué ves?")
        #expect(question.options.map(\.label) == ["Una página de error", "Nada"])
        #expect(question.options.map(\.value) == ["error", "Nothing"])
        #expect(spanish.title == "Prueba")
        #expect(library.playbooks(in: "fr").first?.title == "Test")
    }

    @Test("lint reports missing, stale and unknown strings")
    func checks() {
        let found = LintHarness().lint([
            "p.yaml": Self.english,
            "i18n/es/p.yaml": translation([("title", "Prueba", "00000000"), ("steps.what.asks", "¿Qué?", "00000000")]),
        ])
        #expect(found.map(\.rule).sorted() == ["translation-missing", "translation-stale", "translation-unknown-key"])
        #expect(found.first { $0.rule == "translation-unknown-key" }?.message.contains("did you mean 'steps.what.ask'?") == true)
        #expect(found.first { $0.rule == "translation-stale" }?.severity == .warning)
    }

    func folder(_ files: [String: String]) throws -> String {
        let harness = LintHarness()
        for (path, text) in files {
            let url = harness.folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return harness.folder.path
    }
}
