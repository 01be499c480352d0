import Foundation
import PlaybookKit

/// A facet for tests: one action with typed parameters and outputs.
struct ProbeFacet: Facet {
    let id = "infrastructure"
    let title = "Infrastructure (test)"
    let actions = [
        ActionDescriptor(
            name: "probe-site", summary: "Checks a site.",
            parameters: [
                ParameterDescriptor("url", .url, "The site."),
                ParameterDescriptor("timeout", .number, required: false, "Seconds."),
            ],
            outputs: [OutputDescriptor("verdict", .string, "up or down")])
    ]

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        ActionResult(outputs: ["verdict": "up"])
    }
}

/// A facet with no actions, standing for the others.
struct EmptyFacet: Facet {
    let id: String
    var title: String { id }
    let actions: [ActionDescriptor] = []

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        throw .unknownAction(request.name)
    }
}

/// Writes YAML files to a fresh temporary folder and lints them.
struct LintHarness {
    static let registry = FacetRegistry(
        [ProbeFacet()] + ["triage", "legal", "care", "attribution"].map { EmptyFacet(id: $0) })
    static let today = CalendarDate("2026-11-27")!

    let folder: URL

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Writes `files` (relative path → text) and lints the folder.
    func lint(_ files: [String: String]) -> [Diagnostic] {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(text.utf8).write(to: url)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        return Linter(registry: Self.registry, today: Self.today).lint([folder.path]).diagnostics
    }

    /// Lints one playbook file, `p.yaml`.
    static func lint(_ yaml: String) -> [Diagnostic] {
        LintHarness().lint(["p.yaml": yaml])
    }
}

extension Array where Element == Diagnostic {
    /// `rule@line:column` for each diagnostic, for compact expectations.
    var summaries: [String] {
        map { "\($0.rule)@\($0.location.line):\($0.location.column)" }
    }
}

/// A minimal valid playbook whose steps are `steps` (indented YAML under `steps:`).
func playbook(id: String = "p", facet: String = "infrastructure", _ steps: String) -> String {
    """
    id: \(id)
    title: Test
    facet: \(facet)
    summary: A test playbook.
    reviewed: 2026-11-01
    steps:
    \(steps)
    """
}
