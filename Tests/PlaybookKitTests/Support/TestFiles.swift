import Foundation
import PlaybookKit

/// A facet for playbook-test tests whose action reports what the runner gave it: the
/// clock, whether network consent was given, and whether the files it keeps are kept.
struct ObservingFacet: Facet {
    let id = "care"
    let title = "Care (test)"
    let actions = [
        ActionDescriptor(
            name: "observe", summary: "Reports its context.", parameters: [],
            outputs: [
                OutputDescriptor("time", .string, "The clock's time, ISO 8601."),
                OutputDescriptor("consent", .bool, "Whether the network may be used."),
                OutputDescriptor("kept", .bool, "Whether a file it keeps for the session could be read back."),
                OutputDescriptor("count", .number, "A number."),
            ])
    ]

    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        let consent = context.askConsent(ConsentRequest(address: "https://example.org/", host: "example.org", purpose: "test"))
        try context.workspace.write("observed.txt", Data("seen".utf8))
        return ActionResult(outputs: [
            "time": .string(ISO8601DateFormatter().string(from: context.clock.now())),
            "consent": .bool(consent),
            "kept": .bool(try context.workspace.read("observed.txt") == Data("seen".utf8)),
        ])
    }
}

/// Decodes a test file from text, read as `t.test.yaml`.
func decodeTestFile(_ text: String) -> (file: PlaybookTestFile?, diagnostics: [Diagnostic]) {
    let root = try! YAMLLoader().load(Array(text.utf8), file: "t.test.yaml")!
    return PlaybookTestDecoder.decode(root, path: "t.test.yaml")
}
