import Foundation
import PlaybookKit

/// `attribution.verify-evidence`: checks the session's evidence log, e.g. before a
/// report is handed over, and says where its chain breaks if it does.
enum VerifyEvidenceAction {
    static let descriptor = ActionDescriptor(
        name: "verify-evidence",
        summary: "Checks that no entry of the session's evidence log was changed, removed or reordered.",
        parameters: [],
        outputs: [
            OutputDescriptor("verified", .bool, "Whether the whole chain verifies."),
            OutputDescriptor("entries", .number, "How many entries the log holds."),
            OutputDescriptor("broken-at", .number, "The first entry where the chain breaks, or 0."),
            OutputDescriptor(
                "problem", .string, "content-changed, link-broken, entry-removed, entry-reordered, or empty."),
            OutputDescriptor("summary", .string, "The result in a sentence."),
        ]
    )

    static func perform(context: ActionContext, text: FacetText) throws(ActionError) -> ActionResult {
        let log = try load(context.workspace, text: text)
        let verification = log.verify()
        let summary = verification.message(in: text)
        var outputs: [String: Value] = [
            "verified": .bool(verification.isOK),
            "entries": .number(Double(log.entries.count)),
            "broken-at": 0,
            "problem": "",
            "summary": .string(summary),
        ]
        if case .broken(let index, let problem) = verification {
            outputs["broken-at"] = .number(Double(index))
            outputs["problem"] = .string(problem.rawValue)
        }
        return ActionResult(
            outputs: outputs,
            messages: [summary.prefix(1).uppercased() + summary.dropFirst() + "."])
    }

    /// The log in `workspace`, with load failures as action errors in `text`'s language.
    static func load(_ workspace: any ActionWorkspace, text: FacetText) throws(ActionError) -> EvidenceLog {
        do throws(EvidenceLogError) {
            return try EvidenceLog.load(from: workspace, text: text)
        } catch {
            throw .failed(error.message(in: text))
        }
    }
}
