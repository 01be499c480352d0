import PlaybookKit

/// Legal defence: keeping a record of incidents a lawyer can use, and not missing the
/// deadlines of the courts and bodies a defender may turn to. It gives dates and
/// records, never legal advice; every rule names its source and says to confirm it.
public struct LegalFacet: Facet {
    public let id = "legal"
    public let title = "Legal defence"
    public let actions = [IncidentLogAction.descriptor, DeadlineAction.descriptor]

    /// Creates the facet.
    public init() {}

    public func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        switch request.name {
        case IncidentLogAction.descriptor.name: return try IncidentLogAction.perform(request, context: context)
        case DeadlineAction.descriptor.name: return try DeadlineAction.perform(request, context: context)
        default: throw .unknownAction(request.name)
        }
    }

    public func reportSection(for records: [ActionRecord]) -> ReportSection? {
        LegalReport.section(for: records)
    }
}
