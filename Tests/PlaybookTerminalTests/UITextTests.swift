import PlaybookKit
import Testing

@testable import PlaybookTerminal

@Suite("The interface's words")
struct UITextTests {
    @Test("a value holding {2} is not filled in again")
    func onePassFill() {
        #expect(UIText.english("action.error.invalid-parameter", "{2}", "too long") == "the parameter '{2}' is not usable: too long")
        #expect(UIText.english("progress", "{3}", "{1}", "Title") == "Step {3} of “Title” · at most {1} more")
    }

    @Test("a translation replaces the strings it has; English stays for the rest")
    func overlay() {
        let spanish = UIText.english.overlaid(with: ["yes": "Sí"])
        #expect(spanish("yes") == "Sí")
        #expect(spanish("no") == "No")
        #expect(UIText.english.strings["yes"] == "Yes")
    }
}
