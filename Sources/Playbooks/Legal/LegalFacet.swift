import Foundation
import PlaybookKit

/// Legal defence: keeping a record of incidents a lawyer can use, and not missing the
/// deadlines of the courts and bodies a defender may turn to. It gives dates and
/// records, never legal advice; every rule names its source and says to confirm it.
public struct LegalFacet: Facet {
    public let id = "legal"
    public let title = "Legal defence"
    public let actions = [IncidentLogAction.descriptor, DeadlineAction.descriptor]
    public var strings: [String: String] { LegalStrings.english }

    /// Creates the facet.
    public init() {}

    public func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        let text = context.text(for: self)
        switch request.name {
        case IncidentLogAction.descriptor.name: return try IncidentLogAction.perform(request, context: context, text: text)
        case DeadlineAction.descriptor.name: return try DeadlineAction.perform(request, context: context, text: text)
        default: throw .unknownAction(request.name)
        }
    }

    /// The facet's strings and, from the first library root that has
    /// `data/legal-deadlines.yaml`, each rule's title and note (`rules.<id>.title`,
    /// `rules.<id>.note`), so the legal facts are translated with their fingerprints.
    public func translatableStrings(libraryRoots: [URL]) -> [(key: String, text: String)] {
        let own = strings.sorted { $0.key < $1.key }.map { (key: $0.key, text: $0.value) }
        let file = libraryRoots.map { $0.appendingPathComponent(DeadlineRuleFile.relativePath) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        guard let file, let rules = try? DeadlineRuleFile.load(path: file.path) else { return own }
        return own + rules.flatMap { [(DeadlineRule.titleKey($0.id), $0.title), (DeadlineRule.noteKey($0.id), $0.note)] }
    }

    public func reportSection(for records: [ActionRecord]) -> ReportSection? {
        reportSection(for: records, text: englishText)
    }

    public func reportSection(for records: [ActionRecord], text: FacetText) -> ReportSection? {
        LegalReport.section(for: records, text: text)
    }
}
