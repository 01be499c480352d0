/// A section a facet added to the report from the actions of that facet the session ran.
public struct ReportFacetSection: Hashable, Sendable, Codable {
    /// The facet's id.
    public var facet: String
    /// The facet's title.
    public var facetTitle: String
    /// The section's heading.
    public var title: String
    /// The section's text, Markdown as the facet wrote it.
    public var markdown: String
}
