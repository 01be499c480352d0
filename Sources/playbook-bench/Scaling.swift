import Foundation
import PlaybookKit

/// Loading and linting one playbook of 1×, 4× and 16× the same shape, to show that the
/// cost per byte stays flat: a quadratic step anywhere in the loader, the decoder or the
/// validator would make the 16× row sixteen times slower per byte.
struct Scaling {
    struct Row {
        let factor: Int
        let steps: Int
        let bytes: Int
        let load: Measurement
        let lint: Measurement
    }

    static let baseSteps = 1_000
    static let factors = [1, 4, 16]

    static func run() throws -> [Row] {
        try factors.map { factor in
            var random = SplitMix64(seed: 0x5CA1E)
            let steps = baseSteps * factor
            let text = syntheticPlaybook(number: 1, random: &random, steps: steps)
            let bytes = Array(text.utf8)
            let loader = YAMLLoader()
            let load = measure(name: "load", bytes: bytes.count) { try? loader.load(bytes, file: "scaling.yaml") }
            let library = try LintedLibrary([(name: "scaling.yaml", bytes: bytes)])
            defer { library.remove() }
            guard library.lint().errors == 0 else { throw BenchError("the \(factor)× playbook has lint errors") }
            let lint = measure(name: "lint", bytes: bytes.count, body: library.lint)
            return Row(factor: factor, steps: steps, bytes: bytes.count, load: load, lint: lint)
        }
    }

    static func print(_ rows: [Row]) {
        Swift.print(row("one playbook, growing", "load", "lint"))
        for entry in rows {
            let label = "\(entry.factor)×: \(entry.steps) steps, \(fixed(Double(entry.bytes) / 1e6, 2)) MB"
            Swift.print(row(label, fixed(entry.load.seconds * 1000, 1) + " ms", fixed(entry.lint.seconds * 1000, 1) + " ms"))
        }
        guard let first = rows.first else { return }
        for entry in rows.dropFirst() {
            let perByte = { (measurement: Measurement, bytes: Int) in measurement.seconds / Double(bytes) }
            let load = perByte(entry.load, entry.bytes) / perByte(first.load, first.bytes)
            let lint = perByte(entry.lint, entry.bytes) / perByte(first.lint, first.bytes)
            Swift.print(row("time per byte, \(entry.factor)× vs 1×", fixed(load, 2), fixed(lint, 2)))
        }
    }
}
