import AttributionFacet
import CareFacet
import InfrastructureFacet
import LegalFacet
import PlaybookKit
import TriageFacet

/// The facets shipped with the tool; a new facet is one more line here.
enum StandardFacets {
    static let registry = FacetRegistry([
        TriageFacet(),
        InfrastructureFacet(),
        LegalFacet(),
        CareFacet(),
        AttributionFacet(),
    ])
}
