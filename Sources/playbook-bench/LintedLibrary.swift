import Foundation
import PlaybookKit

/// The synthetic library written to a temporary folder, so that lint is measured the
/// way `playbook lint` runs: reading files, building trees, decoding and validating.
struct LintedLibrary {
    let folder: URL
    let linter: Linter

    /// Writes `files` under a fresh temporary folder.
    init(_ files: [(name: String, bytes: [UInt8])]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-bench-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        for file in files {
            let url = folder.appendingPathComponent(file.name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
        let facets = ["triage", "infrastructure", "legal", "care", "attribution"].map(BenchFacet.init)
        linter = Linter(registry: FacetRegistry(facets), today: CalendarDate("2026-11-27")!)
    }

    /// Lints the folder; returns what was read, for the caller to free after its clock
    /// has stopped (`playbook lint` exits without freeing it), and the errors found.
    func lint() -> (library: PlaybookLibrary, errors: Int) {
        let (library, diagnostics) = linter.lint([folder.path])
        return (library, diagnostics.filter { $0.severity == .error }.count)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// A facet with no actions, so the synthetic playbooks' facets are known.
struct BenchFacet: Facet {
    let id: String
    var title: String { id }
    var actions: [ActionDescriptor] { [] }

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        throw .unknownAction(request.name)
    }
}
