import Foundation
import PlaybookKit
import Testing

@testable import AttributionFacet

/// Set-up shared by the attribution facet's tests: a private temporary workspace, a
/// fixed clock and a context allowing only the files a test names.
enum AttributionTestSupport {
    /// 2026-11-18T11:06:40Z.
    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    /// A new empty folder; the caller removes it.
    static func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("attribution-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A context whose workspace is `workspace` and which allows reading `files`.
    static func context(workspace: URL, files: [String] = [], clock: FixedClock = FixedClock(start: start))
        -> ActionContext
    {
        ActionContext(clock: clock, files: FileAccess(allowing: files), workspace: workspace)
    }

    /// Writes `text` to `name` in `folder` and returns its path.
    @discardableResult
    static func write(_ text: String, to name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs an action of the facet.
    static func run(_ name: String, _ parameters: [String: Value], context: ActionContext) throws(ActionError)
        -> ActionResult
    {
        try AttributionFacet().perform(ActionRequest(name: name, parameters: parameters), context: context)
    }

    /// Runs an action that takes no file and needs no workspace.
    static func run(_ name: String, _ parameters: [String: Value]) throws(ActionError) -> ActionResult {
        try run(name, parameters, context: context(workspace: FileManager.default.temporaryDirectory))
    }

    /// The text items of a list output.
    static func strings(_ value: Value?) -> [String] {
        (value?.list ?? []).compactMap(\.string)
    }
}

@Suite struct AttributionFacetTests {
    @Test func declaresItsIdentityAndActions() {
        let facet = AttributionFacet()
        #expect(facet.id == "attribution")
        #expect(facet.title == "Attribution and forensics")
        #expect(
            facet.actions.map(\.name) == [
                "extract-indicators", "email-headers", "hash-evidence", "verify-evidence", "match-indicators",
            ])
    }

    @Test func outputAndParameterNamesAreLowercaseWithHyphens() {
        let pattern = #/[a-z0-9]+(-[a-z0-9]+)*/#
        for action in AttributionFacet().actions {
            for name in action.outputs.map(\.name) + action.parameters.map(\.name) {
                #expect(name.wholeMatch(of: pattern) != nil, "\(action.name): \(name)")
            }
        }
    }

    @Test func registersUnderItsIdInARegistry() {
        let registry = FacetRegistry([AttributionFacet()])
        #expect(registry.action("attribution.hash-evidence")?.action.parameter(named: "path")?.required == true)
        #expect(registry.action("attribution.hash-evidence")?.action.parameter(named: "description")?.required == false)
    }

    @Test func refusesAnUnknownAction() {
        #expect(throws: ActionError.unknownAction("trace-back")) {
            try AttributionTestSupport.run("trace-back", [:])
        }
    }

    @Test func hasNoReportSectionWithoutRecords() {
        #expect(AttributionFacet().reportSection(for: []) == nil)
    }
}
