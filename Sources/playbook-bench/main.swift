import Foundation
import PlaybookKit

// Measures, in one run over one synthetic library, how fast libyaml alone parses it,
// how fast YAMLLoader turns it into node trees, how fast the whole of `playbook lint`
// runs over it, and how much memory the trees take.
// Run as `swift run -c release playbook-bench`. A new measurement (a linter, say) is
// one more `measure` entry below.

// `playbook-bench lint [MB]` only lints a library (of 10 MB, or MB), many times over: a
// steady workload to profile (under `perf record -g`, or callgrind on a stripped copy)
// without the other measurements.
if CommandLine.arguments.dropFirst().first == "lint" {
    let megabytes = CommandLine.arguments.dropFirst(2).first.flatMap(Double.init) ?? 10
    let files = syntheticLibrary(targetBytes: Int(megabytes * 1e6))
    let linted = try LintedLibrary(files)
    let best = measure(name: "lint", bytes: files.reduce(0) { $0 + $1.bytes.count }, body: linted.lint)
    linted.remove()
    print("lint: \(fixed(best.seconds * 1000, 1)) ms, \(fixed(best.megabytesPerSecond, 1)) MB/s")
    exit(0)
}

let library = syntheticLibrary(targetBytes: 10_000_000)
let totalBytes = library.reduce(0) { $0 + $1.bytes.count }
let loader = YAMLLoader()

func loadLibrary() -> [YAMLNode?] {
    library.map { file -> YAMLNode? in
        do throws(YAMLError) {
            return try loader.load(file.bytes, file: file.name)
        } catch {
            fatalError("\(error.location): \(error.message)")
        }
    }
}

// Memory first, before timed runs leave freed memory in the allocator.
let memory = PeakMemory.during(loadLibrary)

let linted = try LintedLibrary(library)
let lintErrors = linted.lint().errors
guard lintErrors == 0 else { fatalError("the synthetic library has \(lintErrors) lint errors") }
let lintMemory = PeakMemory.during(linted.lint)

let measurements = [
    measure(name: "libyaml events only", bytes: totalBytes) {
        library.reduce(0) { $0 + rawEventCount($1.bytes) }
    },
    measure(name: "YAMLLoader to node tree", bytes: totalBytes, body: loadLibrary),
    measure(name: "lint: read, load, decode, validate", bytes: totalBytes, body: linted.lint),
]
let lintFreeing = measureFreeing(name: "freeing what lint read", bytes: totalBytes, of: linted.lint)
linted.remove()

printReport(
    files: library.count, bytes: totalBytes, measurements: measurements, lintFreeing: lintFreeing, memory: memory,
    lintMemory: lintMemory)

print("")
Scaling.print(try Scaling.run())
print("")
try HostileBench.print()

// The engine on a 10,000-step playbook, and a report of the whole walk.
let long = try EngineBench()
let walked = measure(name: "engine: 10,000-step walk", bytes: 0, body: long.walk)
let finalState = long.walk()
let reportTime = measure(name: "report: md + html + json", bytes: 0) {
    let report = SessionReport(state: finalState, engine: long.engine, directory: ResponderDirectory(organisations: []), redact: false, generatedAt: Date())
    return report.markdown().count + report.html().count + report.json().count
}
let replayed = measure(name: "engine: replay of the walk", bytes: 0) { long.replay(finalState) }
print("")
print(row("engine and reports", "time", "rate"))
print(row("engine: 10,000 transitions", fixed(walked.seconds * 1000, 1) + " ms", fixed(Double(long.inputs.count) / walked.seconds, 0) + " /s"))
print(row("engine: replay of those 10,000", fixed(replayed.seconds * 1000, 1) + " ms", fixed(Double(long.inputs.count) / replayed.seconds, 0) + " /s"))
print(row("report of that walk (md, html, json)", fixed(reportTime.seconds * 1000, 1) + " ms", ""))

// Start-up of the built tool, when it was built beside this benchmark.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("playbook")
let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("playbooks").path
print("")
if FileManager.default.isExecutableFile(atPath: binary.path), let version = medianRun(binary, ["--version"]),
    let list = medianRun(binary, ["list", "--library", shipped])
{
    print(row("start-up (median of 21 runs)", "time", ""))
    print(row("playbook --version", fixed(version * 1000, 1) + " ms", ""))
    print(row("playbook list (shipped library)", fixed(list * 1000, 1) + " ms", ""))
} else {
    print("start-up: build the tool first (swift build -c release --product playbook)")
}
