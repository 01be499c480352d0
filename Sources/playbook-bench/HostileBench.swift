import Foundation
import PlaybookKit

/// Lint of the hostile files that once took minutes or seconds (docs/security.md), each
/// against libyaml's events over the same bytes in the same run: a file of 400,000
/// unknown keys (7 s before its suggestions were bounded) and one of 65,000 placeholders
/// (minutes before placeholders were located in one pass). The ratio is what to watch;
/// the unit tests only guard these inputs against hangs, at a smaller size.
enum HostileBench {
    static let header = "id: p\ntitle: Test\nfacet: care\nsummary: A test playbook.\nreviewed: 2026-11-01\n"

    static let inputs: [(name: String, text: String)] = [
        ("400,000 unknown keys", header + (0..<400_000).map { "k\($0): v\n" }.joined() + "steps:\n  a:\n    end: resolved\n"),
        (
            "65,000 placeholders",
            header + "steps:\n"
                + (0..<5).map { "  s\($0):\n    say: \"\(String(repeating: "{{x}}", count: 13_000))\"\n    next: \($0 == 4 ? "done" : "s\($0 + 1)")\n" }.joined()
                + "  done:\n    end: resolved\n"
        ),
    ]

    static func print() throws {
        Swift.print(row("hostile files, lint", "time", "x libyaml"))
        for input in inputs {
            let bytes = Array(input.text.utf8)
            let events = measure(name: "events", bytes: bytes.count) { rawEventCount(bytes) }
            let library = try LintedLibrary([(name: "hostile.yaml", bytes: bytes)])
            defer { library.remove() }
            let lint = measure(name: "lint", bytes: bytes.count, body: library.lint)
            let label = "\(input.name), \(fixed(Double(bytes.count) / 1e6, 2)) MB"
            Swift.print(row(label, fixed(lint.seconds * 1000, 1) + " ms", fixed(lint.seconds / events.seconds, 1)))
        }
    }
}
