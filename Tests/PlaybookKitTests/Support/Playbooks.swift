import Foundation
import PlaybookKit

/// Decodes playbooks from YAML text for engine tests, failing loudly on any finding.
func decodePlaybooks(_ texts: [String]) -> [Playbook] {
    texts.enumerated().map { index, text in
        let root = try! YAMLLoader().load(Array(text.utf8), file: "p\(index).yaml")!
        let (playbook, diagnostics) = PlaybookDecoder.decode(root, source: text, contentHash: String(text.hashValue))
        precondition(diagnostics.isEmpty, "test playbook has findings: \(diagnostics)")
        return playbook!
    }
}

/// A private temporary folder for actions' files.
func temporaryWorkspace() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ws-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
