import Foundation
import PlaybookKit
import Testing

/// Text that would drive a terminal or fake output (escape sequences, an OSC title
/// change, C1 controls, a bare carriage return, bidi overrides and isolates), written
/// into a playbook's title, a step's text, an option's label and value, a test case's
/// name and a key, never comes out of any command raw.
@Suite struct HostileTextOutputTests {
    /// Every kind of hostile text at once.
    static let hostile = "A\u{1B}[31mred\u{1B}[0m \u{1B}]0;owned\u{07} \u{9B}2J \u{85}c1 bare\rCR \u{202E}rtl\u{202C} \u{2066}iso\u{2069}"

    /// `text` as a YAML double-quoted scalar, every control written as an escape.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value > 0x2000:
                result += String(format: "\\u%04X", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    static var playbook: String {
        """
        id: p
        title: \(quoted("Title " + hostile))
        facet: care
        summary: \(quoted("Summary " + hostile))
        reviewed: 2026-11-01
        steps:
          start:
            ask: \(quoted("Ask " + hostile))
            options:
              - label: \(quoted("Label " + hostile))
                value: \(quoted("value " + hostile))
                next: done
              - label: Other
                next: done
          done:
            say: \(quoted("Say " + hostile))
            end: resolved

        """
    }

    static var testFile: String {
        """
        playbook: p
        cases:
          - name: \(quoted("Case " + hostile))
            answers:
              start: \(quoted("value " + hostile))
            expect:
              path: [start, done]
              outcome: escalated

        """
    }

    /// A second playbook with a misspelt key holding the hostile text, and a raw
    /// right-to-left override in the line lint shows.
    static var misspelt: String {
        """
        id: q
        title: Q \u{202E}raw
        facet: care
        summary: Misspelt.
        reviewed: 2026-11-01
        \(quoted("kye " + hostile)): 1
        steps:
          start:
            end: resolved

        """
    }

    /// The forbidden: ESC, CSI, carriage return, C1 and bidi controls. Checked as code
    /// points: 0x9B is also an ordinary continuation byte of UTF-8 (as in ‛).
    static func forbidden(in output: String) -> [String] {
        output.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        }.map { "U+" + String($0.value, radix: 16) }
    }

    @Test("explain, test, translate, graph, lint, show and list print no control, escape or bidi character")
    func noOutputCarriesHostileText() throws {
        let library = try PlaybookBinary.folder(["p.yaml": Self.playbook, "p.test.yaml": Self.testFile, "q.yaml": Self.misspelt])
        let data = try PlaybookBinary.folder([:])
        let commands: [[String]] = [
            ["explain", "p", "done"], ["test"], ["translate", "p", "--lang", "es"],
            ["graph", "p"], ["graph", "p", "--format", "dot"], ["lint"], ["lint", "--format", "json"],
            ["show", "p"], ["list"],
        ]
        for command in commands {
            let result = try PlaybookBinary.run(command + ["--library", library], environment: ["XDG_DATA_HOME": data])
            let name = command.joined(separator: " ")
            #expect(!result.stdout.isEmpty || !result.stderr.isEmpty, "\(name) printed something")
            #expect(Self.forbidden(in: result.stdout).isEmpty, "\(name) stdout: \(Self.forbidden(in: result.stdout))")
            #expect(Self.forbidden(in: result.stderr).isEmpty, "\(name) stderr: \(Self.forbidden(in: result.stderr))")
            #expect(!result.stdout.utf8.contains(0x1B) && !result.stderr.utf8.contains(0x1B))
            #expect(!result.stdout.contains("[31m") && !result.stdout.contains("]0;owned"), "\(name): no fragment of a sequence")
        }
        let test = try PlaybookBinary.run(["test", "--library", library])
        #expect(test.stdout.contains("FAIL  "), "the case runs and fails on its outcome: \(test.stdout)")
        let lint = try PlaybookBinary.run(["lint", "--library", library])
        #expect(lint.stderr.contains("unknown key 'kye Ared"), "\(lint.stderr)")
    }

    @Test("translate prints YAML that reads back with the sanitised texts, and no extra key")
    func translationRoundTrips() throws {
        let library = try PlaybookBinary.folder(["p.yaml": Self.playbook])
        let result = try PlaybookBinary.run(["translate", "p", "--lang", "es", "--library", library])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try YAMLLoader().load(Array(result.stdout.utf8), file: "es/p.yaml"))
        let (translation, diagnostics) = Translation.decode(root)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let entries = try #require(translation?.entries)
        let clean = TextSanitiser.clean
        #expect(entries.keys.sorted() == ["steps.done.say", "steps.start.ask", "steps.start.options.Other", "steps.start.options.\(clean("value " + Self.hostile))", "summary", "title"].sorted())
        #expect(entries["title"]?.text == clean("Title " + Self.hostile))
        #expect(entries["title"]?.text == "Title Ared   c1 bare\nCR rtl iso")
        #expect(entries["steps.start.options.\(clean("value " + Self.hostile))"]?.text == clean("Label " + Self.hostile))
        #expect(entries["steps.done.say"]?.source == TranslatableText.fingerprint("Say " + Self.hostile))
    }
}
