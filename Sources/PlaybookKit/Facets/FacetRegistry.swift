/// The facets a run knows. The command-line tool registers the five shipped facets; lint
/// and the engine look actions up here by their full id, `facet.name`.
public struct FacetRegistry: Sendable {
    private var facetsByID: [String: any Facet] = [:]

    /// Creates a registry holding `facets`; a later facet with an id already taken replaces it.
    public init(_ facets: [any Facet] = []) {
        for facet in facets { register(facet) }
    }

    /// Adds a facet.
    public mutating func register(_ facet: any Facet) {
        facetsByID[facet.id] = facet
    }

    /// Registered facet ids, sorted.
    public var ids: [String] { facetsByID.keys.sorted() }

    /// The facet with this id.
    public func facet(_ id: String) -> (any Facet)? { facetsByID[id] }

    /// Splits `facet.name` and finds both; nil when either is unknown.
    public func action(_ fullName: String) -> (facet: any Facet, action: ActionDescriptor)? {
        guard let dot = fullName.firstIndex(of: ".") else { return nil }
        let facetID = String(fullName[..<dot])
        let name = String(fullName[fullName.index(after: dot)...])
        guard let facet = facetsByID[facetID], let action = facet.action(named: name) else { return nil }
        return (facet, action)
    }

    /// Every action's full id, sorted; used for "did you mean" suggestions.
    public var actionIDs: [String] {
        facetsByID.values.flatMap { facet in facet.actions.map { "\(facet.id).\($0.name)" } }.sorted()
    }
}
