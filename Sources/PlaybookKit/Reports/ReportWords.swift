/// The framing words of a report in one format: each string is escaped for the format
/// before the values, already in that format, are filled in.
struct ReportWords {
    let text: ReportText
    private let escape: (String) -> String
    private let markPlace: (String) -> String

    /// Words for a Markdown report.
    static func markdown(_ text: ReportText) -> ReportWords {
        ReportWords(text: text, escape: { MarkdownText.inline($0) }, markPlace: { $0 })
    }

    /// Words for an HTML report, where a place is marked for its style sheet.
    static func html(_ text: ReportText) -> ReportWords {
        ReportWords(text: text, escape: { HTMLText.escape($0) }, markPlace: { "<span class=\"place\">\($0)</span>" })
    }

    func callAsFunction(_ key: String, _ values: String...) -> String {
        StringTable.fill(escape(text.table.template(key)), with: values)
    }

    /// The title of the facet `id` in these words.
    func facetTitle(_ id: String, english: String) -> String {
        escape(text.facetTitle(id, english: english))
    }

    /// "Playbook title, step id", marked as a place where the format can.
    func place(_ playbookTitle: String, _ position: Position) -> String {
        markPlace(self("place", escape(playbookTitle), escape(position.step)))
    }
}
