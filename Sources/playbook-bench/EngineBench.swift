import Foundation
import PlaybookKit

/// Engine and report figures on one very long playbook: 10,000 steps alternating a
/// two-option question and an information step, walked from start to end.
struct EngineBench {
    let engine: Engine
    let inputs: [StepInput]

    init(steps: Int = 10_000) throws {
        var yaml = "id: long\ntitle: Long\nfacet: triage\nsummary: A very long synthetic playbook.\nreviewed: 2026-11-27\nsteps:\n"
        for index in 0..<steps {
            let next = index == steps - 1 ? "done" : "s\(index + 1)"
            if index.isMultiple(of: 2) {
                yaml += "  s\(index):\n    ask: Step \(index)?\n    options:\n      - label: Yes\n        next: \(next)\n      - label: No\n        next: \(next)\n"
            } else {
                yaml += "  s\(index):\n    say: Step \(index).\n    next: \(next)\n"
            }
        }
        yaml += "  done:\n    end: resolved\n"
        guard let root = try? YAMLLoader(limits: YAMLLimits(maxFileBytes: 64 << 20, maxDepth: 64, maxAliasExpansion: 10_000)).load(Array(yaml.utf8), file: "long.yaml"),
            let playbook = PlaybookDecoder.decode(root, source: yaml, contentHash: "bench").playbook
        else { throw BenchError("the synthetic long playbook did not decode") }
        engine = Engine(playbooks: [playbook], registry: FacetRegistry(["triage"].map(BenchFacet.init)))
        inputs = (0..<steps).map { $0.isMultiple(of: 2) ? .choose(["Yes"]) : .acknowledge }
    }

    /// Rebuilds `state` from its log, as `back` and resuming a changed playbook do.
    func replay(_ state: SessionState) -> SessionState {
        try! engine.replay(state)
    }

    /// Walks the playbook to its end; returns the final state.
    func walk() -> SessionState {
        let clock = Date(timeIntervalSince1970: 1_800_000_000)
        var state = try! engine.start("long", sessionID: "bench", at: clock).state
        for input in inputs {
            state = try! engine.apply(input, to: state, at: clock).state
        }
        return state
    }
}

/// A benchmark set-up that went wrong.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Median wall time of running the built `playbook` binary with `arguments`.
func medianRun(_ binary: URL, _ arguments: [String], runs: Int = 21) -> Double? {
    var times: [Double] = []
    for _ in 0..<runs {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return times.sorted()[times.count / 2]
}
