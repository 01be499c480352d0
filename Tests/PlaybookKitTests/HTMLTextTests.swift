import Testing

@testable import PlaybookKit

@Suite("Inline text in HTML pages")
struct HTMLTextTests {
    @Test("single-star and double-star emphasis become em and strong; a lone star or a product does not")
    func emphasis() {
        #expect(HTMLText.inline("Keep *every* message, **now**.") == "Keep <em>every</em> message, <strong>now</strong>.")
        #expect(HTMLText.inline("2 * 3 * 4") == "2 * 3 * 4")
        #expect(HTMLText.inline("a *b") == "a *b")
        #expect(HTMLText.inline("*<script>*") == "<em>&lt;script&gt;</em>")
        #expect(HTMLText.inline("**bold *and* more**") == "<strong>bold <em>and</em> more</strong>")
    }
}
