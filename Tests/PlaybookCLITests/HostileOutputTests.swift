import Foundation
import Testing

/// Escape sequences written into a playbook never reach the terminal raw, through any
/// command that prints playbook text.
@Suite struct HostileOutputTests {
    static let playbook = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Hostile/yaml/escape-sequences.yaml")

    static func expectNoControls(_ output: String, _ command: String) {
        let controls = output.unicodeScalars.filter { ($0.value < 0x20 && $0.value != 0x0A) || (0x7F...0x9F).contains($0.value) }
        #expect(controls.isEmpty, "\(command) printed \(controls.map { "U+" + String($0.value, radix: 16) })")
    }

    @Test(arguments: [
        ["run", "p", "--answers", "ANSWERS"],
        ["show", "p"],
        ["list"],
    ])
    func commandsSanitisePlaybookText(arguments: [String]) throws {
        let text = String(decoding: try Data(contentsOf: Self.playbook), as: UTF8.self)
        let library = try PlaybookBinary.folder(["p.yaml": text])
        let answers = try PlaybookBinary.folder(["answers.yaml": "start: a\n"])
        let data = try PlaybookBinary.folder([:])
        let resolved = arguments.map { $0 == "ANSWERS" ? answers + "/answers.yaml" : $0 } + ["--library", library]
        let result = try PlaybookBinary.run(resolved, environment: ["XDG_DATA_HOME": data])
        #expect(result.status == 0, "\(result.stderr)")
        Self.expectNoControls(result.stdout, arguments[0])
        Self.expectNoControls(result.stderr, arguments[0])
    }
}
