import Testing

@testable import PlaybookKit

/// Every table of words fills `{1}`, `{2}`… the same way, in one pass: a value holding
/// `{2}` (an answer, a file name, a title) stays as it is.
@Suite("One string table, one fill")
struct StringTableTests {
    @Test("the fill is one pass; missing values and unknown keys show as they are")
    func fill() {
        let table = StringTable(english: ["pair": "{1} and {2}"], translated: ["pair": "{1} y {2}"], language: "es")
        #expect(table("pair", "{2}", "b") == "{2} y b")
        #expect(table("pair", "only") == "only y {2}")
        #expect(table("no.such.key") == "no.such.key")
        #expect(StringTable.fill("{1}{1}", with: ["{1}"]) == "{1}{1}")
        #expect(table.strings == ["pair": "{1} y {2}"])
    }

    @Test("the engine's refusals: a value holding {2} is not filled in again")
    func answers() {
        #expect(AnswerText.english("answer.not-option", "{2}", "a or b") == "'{2}' is not one of the options; choose a or b")
    }

    @Test("a facet's words: a value holding {2} is not filled in again")
    func facet() {
        let text = FacetText(english: ["pair": "{1} and {2}"])
        #expect(text("pair", "{2}", "b") == "{2} and b")
    }

    @Test("the reports' words, plain and escaped for a format: a value holding {2} is not filled in again")
    func report() {
        #expect(ReportText.english("place", "{2}", "start") == "{2}, step start")
        #expect(ReportWords.markdown(.english)("referral.checked-on", "{2}", "2026-01-01") == "{2} on 2026-01-01")
        #expect(ReportWords.html(.english)("referral.checked-on", "{2}", "2026-01-01") == "{2} on 2026-01-01")
    }

    @Test("a translation made from other English is not used for a data text")
    func dataText() {
        let location = SourceLocation(file: "facet.legal.yaml", line: 1, column: 1)
        let entry = Translation.Entry(text: "Cuatro meses.", source: TranslatableText.fingerprint("Four months."), location: location)
        let table = StringTable(english: [:], translation: Translation(subject: "facet.legal", language: "es", entries: ["note": entry], location: location))
        #expect(table.data("note", english: "Four months.") == "Cuatro meses.")
        #expect(table.data("note", english: "Six months.") == "Six months.")
        #expect(table.language == "es")
    }
}
