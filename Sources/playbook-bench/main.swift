import PlaybookKit

// Measures, in one run over one synthetic library, how fast libyaml alone parses it,
// how fast YAMLLoader turns it into node trees, how fast the whole of `playbook lint`
// runs over it, and how much memory the trees take.
// Run as `swift run -c release playbook-bench`. A new measurement (a linter, say) is
// one more `measure` entry below.

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
let lintErrors = linted.lint()
guard lintErrors == 0 else { fatalError("the synthetic library has \(lintErrors) lint errors") }
let lintMemory = PeakMemory.during(linted.lint)

let measurements = [
    measure(name: "libyaml events only", bytes: totalBytes) {
        library.reduce(0) { $0 + rawEventCount($1.bytes) }
    },
    measure(name: "YAMLLoader to node tree", bytes: totalBytes, body: loadLibrary),
    measure(name: "lint: read, load, decode, validate", bytes: totalBytes, body: linted.lint),
]
linted.remove()

printReport(files: library.count, bytes: totalBytes, measurements: measurements, memory: memory, lintMemory: lintMemory)
