import PlaybookKit

/// The infrastructure facet: whether a website answers and what its name resolves to,
/// seen from this computer and only with the person's consent, and a hardening
/// checklist against takeover and DDoS.
public struct InfrastructureFacet: Facet {
    public let id = "infrastructure"
    public let title = "Infrastructure"
    public var strings: [String: String] { InfrastructureStrings.english }

    private let resolver: any HostResolver
    private let fetcher = SiteFetcher()

    /// Creates the facet; `resolver` turns names into addresses (the system's by
    /// default; tests pass their own so that no DNS server is asked).
    public init(resolver: any HostResolver = SystemResolver()) {
        self.resolver = resolver
    }

    public var actions: [ActionDescriptor] {
        [ProbeSiteAction.descriptor, DNSLookupAction.descriptor, HardeningAction.descriptor]
    }

    public func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        let text = context.text(for: self)
        switch request.name {
        case ProbeSiteAction.descriptor.name:
            return try ProbeSiteAction.perform(request, context: context, text: text, resolver: resolver, fetcher: fetcher)
        case DNSLookupAction.descriptor.name:
            return try DNSLookupAction.perform(request, context: context, text: text, resolver: resolver)
        case HardeningAction.descriptor.name:
            return try HardeningAction.perform(request, text: text)
        default:
            throw .unknownAction(request.name)
        }
    }

    public func reportSection(for records: [ActionRecord]) -> ReportSection? {
        reportSection(for: records, text: englishText)
    }

    public func reportSection(for records: [ActionRecord], text: FacetText) -> ReportSection? {
        InfrastructureReport(records: records, text: text).section
    }
}
