import LegalFacet
import Testing

@Suite struct LegalIncidentExportTests {
    private func entry(
        _ description: String, platform: String = "X", location: String? = nil, link: String? = nil, evidence: [String] = []
    ) -> IncidentEntry {
        IncidentEntry(
            number: 1, when: "2026-11-20", platform: platform, location: location, link: link, description: description,
            evidence: evidence, recorded: "2026-11-27T12:00:00Z")
    }

    /// The CSV's second record (the first entry), without its CRLF.
    private func csvRow(_ entry: IncidentEntry) -> String {
        let csv = IncidentLog(entries: [entry]).csv()
        let records = csv.components(separatedBy: "\r\n")
        return records[1]
    }

    @Test func csvHasAHeaderAndCRLFLineEnds() {
        let csv = IncidentLog(entries: [entry("Insults under my post", evidence: ["a.png", "b.png"])]).csv()
        #expect(csv == "number,when,platform,where,link,description,evidence,recorded\r\n"
            + "1,2026-11-20,X,,,Insults under my post,a.png; b.png,2026-11-27T12:00:00Z\r\n")
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        #expect(csvRow(entry("He wrote \"you, again\"")).contains(#","He wrote ""you, again""","#))
        let multiline = IncidentLog(entries: [entry("first line\nsecond line")]).csv()
        #expect(multiline.contains("\"first line\nsecond line\""))
        let windows = IncidentLog(entries: [entry("first\r\nsecond")]).csv()
        #expect(windows.contains("\"first\r\nsecond\""))
    }

    @Test(arguments: ["=", "+", "-", "@"])
    func csvNeutralisesFormulas(start: String) {
        let row = csvRow(entry(start + "HYPERLINK(\"https://evil.example\",\"click\")"))
        #expect(row.contains(#","'"# + start + #"HYPERLINK(""https://evil.example"",""click"")","#))
    }

    @Test func csvNeutralisesFormulasInEveryColumn() {
        let row = csvRow(entry("ok", platform: "@mention", location: "-5", evidence: ["=cmd"]))
        #expect(row == "1,2026-11-20,'@mention,'-5,,ok,'=cmd,2026-11-27T12:00:00Z")
    }

    @Test func csvLeavesSafeTextAlone() {
        #expect(csvRow(entry("a = b, + c")) == #"1,2026-11-20,X,,,"a = b, + c",,2026-11-27T12:00:00Z"#)
    }

    @Test func markdownIsATableWithEscapedCells() {
        let markdown = IncidentLog(entries: [
            entry("Said <script>alert(1)</script> | then\nleft", location: "Quito", link: "https://example.org/p?a=1&b=2")
        ]).markdown()
        let lines = markdown.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "| # | When | Platform | Where | Link | What happened | Evidence | Logged at |")
        #expect(lines[1] == "| --- | --- | --- | --- | --- | --- | --- | --- |")
        #expect(lines[2] == "| 1 | 2026-11-20 | X | Quito | https://example.org/p?a=1&amp;b=2 | "
            + "Said &lt;script&gt;alert(1)&lt;/script&gt; \\| then<br>left |  | 2026-11-27T12:00:00Z |")
    }

    @Test func anEmptyLogSaysSo() {
        #expect(IncidentLog().markdown() == "No incidents have been logged.\n")
        #expect(IncidentLog().csv() == "number,when,platform,where,link,description,evidence,recorded\r\n")
        #expect(IncidentLog().nextNumber == 1)
    }
}
