import Foundation
import Testing

@testable import PlaybookKit

@Suite("Refusals of answers in the person's language")
struct AnswerTextTests {
    static let spanish = AnswerText(translated: [
        "answer.not-date": "'{1}' no es una fecha; escríbela como año-mes-día, por ejemplo 2026-11-27",
        "answer.not-option": "'{1}' no es ninguna de las opciones; elige {2}",
        "answer.not-yes-no": "escribe 1 para {1} o 2 para {2}",
        "answer.yes": "sí",
        "hint": "not an answer string",
    ])

    static let steps = playbook(
        id: "steps",
        """
          what:
            ask: What is happening?
            options:
              - label: Our site is down
                value: site
                next: since
          since:
            ask: Since when?
            input: date
            next: police
          police:
            ask: Did you tell the police?
            input: yes-no
            next: done
          done:
            end: resolved
        """)

    @Test("an engine given Spanish words refuses answers in Spanish; strings it lacks stay English")
    func spanishEngine() throws {
        var engine = Engine(playbooks: decodePlaybooks([Self.steps]), registry: LintHarness.registry)
        engine.answerText = Self.spanish
        let start = try engine.start("steps", at: EngineTests.clock).state
        #expect(throws: EngineError.invalidAnswer(step: "what", message: "'4' no es ninguna de las opciones; elige 1 (Our site is down)")) {
            try engine.apply(.choose(["4"]), to: start, at: EngineTests.clock)
        }
        let since = try engine.apply(.choose(["site"]), to: start, at: EngineTests.clock).state
        #expect(throws: EngineError.invalidAnswer(step: "since", message: "'31/12' no es una fecha; escríbela como año-mes-día, por ejemplo 2026-11-27")) {
            try engine.apply(.text("31/12"), to: since, at: EngineTests.clock)
        }
        #expect(throws: EngineError.invalidAnswer(step: "since", message: "an answer is needed here; type it and press Enter")) {
            try engine.apply(.text("  "), to: since, at: EngineTests.clock)
        }
        let police = try engine.apply(.text("2026-11-20"), to: since, at: EngineTests.clock).state
        #expect(throws: EngineError.invalidAnswer(step: "police", message: "escribe 1 para sí o 2 para no")) {
            try engine.apply(.text("quizás"), to: police, at: EngineTests.clock)
        }
        #expect(try engine.apply(.text("sí"), to: police, at: EngineTests.clock).state.currentAnswers["police"] == true)
        #expect(try engine.apply(.text("2"), to: police, at: EngineTests.clock).state.currentAnswers["police"] == false, "the second option shown, No")
        #expect(throws: EngineError.self, "a single letter is a command at a prompt, never an answer") {
            try engine.apply(.text("s"), to: police, at: EngineTests.clock)
        }
    }

    @Test("only the engine's own keys are taken from a translation; the English has every refusal")
    func keys() {
        #expect(Self.spanish.translated.keys.sorted() == ["answer.not-date", "answer.not-option", "answer.not-yes-no", "answer.yes"])
        #expect(AnswerText.english("answer.too-long", "20000") == "the answer is longer than 20000 characters; shorten it")
        #expect(AnswerText.english("answer.not-checklist-item", "x", "a, b") == "'x' is not an item of this checklist; its items are a, b")
    }
}
