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
    /// The facet's words in English (`AttributionStrings`).
    public var strings: [String: String] { AttributionStrings.english }

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
        let text = context.text(for: self)
        switch request.name {
        case ExtractIndicatorsAction.descriptor.name: return try ExtractIndicatorsAction.perform(request, text: text)
        case EmailHeadersAction.descriptor.name: return try EmailHeadersAction.perform(request, text: text)
        case HashEvidenceAction.descriptor.name: return try HashEvidenceAction.perform(request, context: context, text: text)
        case VerifyEvidenceAction.descriptor.name: return try VerifyEvidenceAction.perform(context: context, text: text)
        case MatchIndicatorsAction.descriptor.name:
            return try MatchIndicatorsAction.perform(request, context: context, text: text)
        default: throw .unknownAction(request.name)
        }
    }

    /// Indicators, header findings, list matches and evidence entries from the
    /// session's results; nil when none of them produced anything.
    public func reportSection(for records: [ActionRecord]) -> ReportSection? {
        reportSection(for: records, text: englishText)
    }

    /// The same section in `text`'s language.
    public func reportSection(for records: [ActionRecord], text: FacetText) -> ReportSection? {
        AttributionReport(records: records, text: text).section
    }
}
