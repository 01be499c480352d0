import Foundation
import PlaybookKit
import Testing

@testable import PlaybookTerminal

/// Text from the hostile corpus's escape-sequence playbook never reaches the terminal
/// with its control characters, whatever the style.
@Suite struct HostileTextTests {
    static let playbookFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Hostile/yaml/escape-sequences.yaml").path

    /// Every text of the playbook that is shown to the person.
    static func texts() throws -> [String] {
        let root = try #require(try YAMLLoader().load(contentsOfFile: playbookFile))
        let playbook = try #require(PlaybookDecoder.decode(root, source: playbookFile, contentHash: "").playbook)
        return TranslatableText.strings(of: playbook).map(\.text)
    }

    static func expectHarmless(_ output: String, allowingStyle: Bool) {
        for scalar in output.unicodeScalars {
            let value = scalar.value
            let control = value < 0x20 && value != 0x0A && (value != 0x1B || !allowingStyle)
            #expect(!control && !(0x7F...0x9F).contains(value), "control U+\(String(value, radix: 16)) in \(output.debugDescription)")
            #expect(!(0x202A...0x202E).contains(value) && !(0x2066...0x2069).contains(value))
        }
    }

    @Test func corpusTextsCarryEscapes() throws {
        #expect(try Self.texts().contains { $0.contains("\u{1B}]0;") })
    }

    @Test func renderedMarkdownHasNoControlCharacters() throws {
        for text in try Self.texts() {
            Self.expectHarmless(TerminalMarkdown.render(text, width: 80, style: TerminalStyle(enabled: false)), allowingStyle: false)
            let styled = TerminalMarkdown.render(text, width: 80, style: TerminalStyle(enabled: true))
            Self.expectHarmless(styled, allowingStyle: true)
            #expect(!styled.contains("\u{1B}]"), "no OSC survives: \(styled.debugDescription)")
            #expect(!styled.contains("\u{1B}[2J") && !styled.contains("\u{1B}[8m") && !styled.contains("\u{1B}[1A"))
        }
    }
}
