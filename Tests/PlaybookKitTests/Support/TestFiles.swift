import Foundation
import PlaybookKit

/// A facet for playbook-test tests whose action reports what the runner gave it: the
/// clock, whether network consent was given, and whether its workspace exists.
struct ObservingFacet: Facet {
    let id = "care"
    let title = "Care (test)"
    let actions = [
        ActionDescriptor(
            name: "observe", summary: "Reports its context.", parameters: [],
            outputs: [
                OutputDescriptor("time", .string, "The clock's time, ISO 8601."),
                OutputDescriptor("consent", .bool, "Whether the network may be used."),
                OutputDescriptor("workspace", .string, "The workspace's path."),
                OutputDescriptor("workspace-exists", .bool, "Whether the workspace exists."),
                OutputDescriptor("count", .number, "A number."),
            ])
    ]

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        let consent = context.askConsent(ConsentRequest(host: "example.org", purpose: "test"))
        return ActionResult(outputs: [
            "time": .string(ISO8601DateFormatter().string(from: context.clock.now())),
            "consent": .bool(consent),
            "workspace": .string(context.workspace.path),
            "workspace-exists": .bool(FileManager.default.fileExists(atPath: context.workspace.path)),
        ])
    }
}

/// Decodes a test file from text, read as `t.test.yaml`.
func decodeTestFile(_ text: String) -> (file: PlaybookTestFile?, diagnostics: [Diagnostic]) {
    let root = try! YAMLLoader().load(Array(text.utf8), file: "t.test.yaml")!
    return PlaybookTestDecoder.decode(root, path: "t.test.yaml")
}
