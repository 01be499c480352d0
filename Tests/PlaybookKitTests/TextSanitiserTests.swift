import PlaybookKit
import Testing

@Suite("One sanitiser for every output")
struct TextSanitiserTests {
    @Test("removes whole escape sequences, C0 and C1 controls and bidi controls; keeps line feeds, tabs and other scripts", arguments: [
        ("a\u{1B}[1;31mb\u{1B}[0mc", "abc"),
        ("a\u{1B}]8;;https://x.example\u{1B}\\link\u{1B}]8;;\u{1B}\\b", "alinkb"),
        ("title\u{1B}]0;owned\u{07}!", "title!"),
        ("reset\u{1B}c\u{1B}(Bok", "resetok"),
        ("unterminated\u{1B}]0;forever", "unterminated"),
        ("\u{1B}]unterminated\nnext line", "\nnext line"),
        ("c1\u{9B}31mx\u{9D}t\u{9C}y\u{85}z", "c1xyz"),
        ("line\r\nnext\tcol\u{0}\u{8}\u{7F}", "line\nnext\tcol"),
        ("one\rtwo", "one\ntwo"),
        ("pay\u{202E}gpj.exe \u{2066}x\u{2069} \u{202A}y\u{202C}", "paygpj.exe x y"),
        ("مرحبا — Ñandú 🌱 “quoted”", "مرحبا — Ñandú 🌱 “quoted”"),
        ("end\u{1B}", "end"),
    ])
    func clean(input: String, expected: String) {
        #expect(TextSanitiser.clean(input) == expected)
    }

    @Test("a single line has no line break or tab left")
    func singleLine() {
        #expect(TextSanitiser.singleLine("a\r\nb\rc\nd\te\u{1B}[2J") == "a b c d e")
    }
}
