import PlaybookKit

/// The attribution and forensics facet: helps a defender work out where an attack came
/// from without exposing themselves, by reading indicators out of messages and headers,
/// checking them against lists they hold, and keeping a tamper-evident record of the
/// evidence they collect.
public struct AttributionFacet: Facet {
    /// `attribution`, the prefix of the facet's actions.
    public let id = "attribution"
    /// The facet's name for people.
    public let title = "Attribution and forensics"

    /// Creates the facet.
    public init() {}

    /// extract-indicators, email-headers, hash-evidence, verify-evidence, match-indicators.
    public var actions: [ActionDescriptor] {
        [
            ExtractIndicatorsAction.descriptor,
            EmailHeadersAction.descriptor,
            HashEvidenceAction.descriptor,
            VerifyEvidenceAction.descriptor,
            MatchIndicatorsAction.descriptor,
        ]
    }

    /// Runs one of `actions`; unknown names are an `ActionError.unknownAction`.
    public func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        switch request.name {
        case ExtractIndicatorsAction.descriptor.name: return try ExtractIndicatorsAction.perform(request)
        case EmailHeadersAction.descriptor.name: return try EmailHeadersAction.perform(request)
        case HashEvidenceAction.descriptor.name: return try HashEvidenceAction.perform(request, context: context)
        case VerifyEvidenceAction.descriptor.name: return try VerifyEvidenceAction.perform(context: context)
        case MatchIndicatorsAction.descriptor.name: return try MatchIndicatorsAction.perform(request, context: context)
        default: throw .unknownAction(request.name)
        }
    }

    /// Indicators, header findings, list matches and evidence entries from the
    /// session's results; nil when none of them produced anything.
    public func reportSection(for records: [ActionRecord]) -> ReportSection? {
        AttributionReport(records: records).section
    }
}
