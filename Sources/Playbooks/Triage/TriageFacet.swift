import PlaybookKit

/// The triage facet: the first minutes of an emergency. It scores how severe and urgent
/// the situation is (physical safety first) and refers the defender to organisations in
/// the responder directory that can help.
public struct TriageFacet: Facet {
    public let id = "triage"
    public let title = "Triage"
    public var strings: [String: String] { TriageStrings.english }

    /// Creates the facet.
    public init() {}

    public var actions: [ActionDescriptor] {
        [AssessAction.descriptor, ReferAction.descriptor]
    }

    public func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        let text = context.text(for: self)
        switch request.name {
        case AssessAction.descriptor.name: return try AssessAction.perform(request, text: text)
        case ReferAction.descriptor.name: return try ReferAction.perform(request, context: context, text: text)
        default: throw .unknownAction(request.name)
        }
    }

    public func reportSection(for records: [ActionRecord]) -> ReportSection? {
        reportSection(for: records, text: englishText)
    }

    public func reportSection(for records: [ActionRecord], text: FacetText) -> ReportSection? {
        TriageReport(records: records, text: text).section
    }
}
