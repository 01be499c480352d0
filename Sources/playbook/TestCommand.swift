import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook test`: runs playbook test files, so a responder who changed a playbook
/// knows at once whether any way through it broke, and which ways no test takes.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run playbook tests (*.test.yaml) and report branch coverage.",
        discussion: """
            Each case walks a playbook with given answers and stubbed action outputs, and \
            checks the path, the end, the outcome, the checklist items offered and the \
            referrals (see docs/playbook-tests.md). Actions without a stub run with network \
            access declined, a fixed clock (2026-01-15 09:00 UTC) and a temporary workspace. \
            Failures are printed as path:line:column of the failing expectation. Exits 1 when \
            a case fails or a playbook's coverage is below --min-coverage. The last line is \
            'N passed, N failed'.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp("Fail when a playbook's branch coverage is below this percentage.", valueName: "percent"))
    var minCoverage: Int?

    @Argument(help: ArgumentHelp("Test files or folders (default: the library).", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if let minCoverage, !(0...100).contains(minCoverage) {
            throw ValidationError("--min-coverage is a percentage from 0 to 100")
        }
    }

    func run() throws {
        let folders = try library.resolvedFolders()
        let today = CalendarDate(Date())
        let context = PlaybookLibrary.load(folders, today: today)
        let (files, missing) = LibraryFile.discover(paths.isEmpty ? folders : paths)
        let tested = paths.isEmpty ? context : PlaybookLibrary.load(paths + siblingPlaybooks(of: paths), today: today)
        let engine = Engine(playbooks: tested.playbooks + context.playbooks, registry: StandardFacets.registry)
        let runner = PlaybookTestRunner(engine: engine, directory: context.directory, libraryRoots: tested.roots + context.roots)
        let style = TerminalStyle(descriptor: STDOUT_FILENO)

        var passed = 0
        var failed = 0
        for problem in missing {
            print(Self.line("\(problem.location): error: \(problem.message)"))
            failed += 1
        }
        var inScope = tested.playbooks.map(\.id)
        var coverage: [String: BranchCoverage] = [:]
        for file in files where file.kind == .test {
            guard let testFile = read(file.path) else {
                failed += 1
                continue
            }
            if engine.playbooks[testFile.playbook] != nil, !inScope.contains(testFile.playbook) {
                inScope.append(testFile.playbook)
            }
            for result in runner.run(testFile) {
                if let state = result.state {
                    for id in Set(state.path.map(\.position.playbook)) {
                        guard let playbook = engine.playbooks[id] else { continue }
                        coverage[id, default: BranchCoverage(playbook)].record(state)
                    }
                }
                if result.passed {
                    passed += 1
                    print(style.green("PASS") + Self.line("  \(result.file): \(result.name)"))
                } else {
                    failed += 1
                    print(style.red("FAIL") + Self.line("  \(result.file): \(result.name)"))
                    for failure in result.failures { print(Self.describe(failure)) }
                }
            }
        }
        let belowMinimum = printCoverage(of: inScope.sorted(), coverage: coverage, engine: engine)
        print("\(passed) passed, \(failed) failed")
        if failed > 0 || belowMinimum { throw ExitCode(1) }
    }

    /// The playbook beside each test file named directly (`x.test.yaml` → `x.yaml`).
    private func siblingPlaybooks(of paths: [String]) -> [String] {
        paths.compactMap { path in
            for suffix in [".test.yaml", ".test.yml"] where path.hasSuffix(suffix) {
                let base = String(path.dropLast(suffix.count))
                return [base + ".yaml", base + ".yml"].first { FileManager.default.fileExists(atPath: $0) }
            }
            return nil
        }
    }

    /// Reads and decodes one test file, printing its problems; nil when it is unusable.
    private func read(_ path: String) -> PlaybookTestFile? {
        let root: YAMLNode?
        do {
            root = try YAMLLoader().load(contentsOfFile: path)
        } catch {
            print(Self.line("\(error.location): error: \(error.message)"))
            return nil
        }
        guard let root else {
            print(Self.line("\(path):1:1: error: the test file is empty; write 'playbook:' and 'cases:' in it"))
            return nil
        }
        let (file, diagnostics) = PlaybookTestDecoder.decode(root, path: path)
        for diagnostic in diagnostics { print(Self.line("\(diagnostic.location): error: \(diagnostic.message)")) }
        return diagnostics.isEmpty ? file : nil
    }

    /// Prints each playbook's coverage; true when one is below `--min-coverage`.
    private func printCoverage(of ids: [String], coverage: [String: BranchCoverage], engine: Engine) -> Bool {
        var below = false
        guard !ids.isEmpty else { return false }
        print("")
        print("Branch coverage:")
        for id in ids {
            guard let playbook = engine.playbooks[id] else { continue }
            let counted = coverage[id] ?? BranchCoverage(playbook)
            print("\(id): \(counted.taken.count)/\(counted.branches.count) branches (\(counted.percent)%)")
            for branch in counted.untaken {
                print(Self.line("  not taken: \(branch.description) (\(branch.location))"))
            }
            if let minCoverage, counted.percent < minCoverage {
                print("  below the minimum of \(minCoverage)%")
                below = true
            }
        }
        print("")
        return below
    }

    /// A failure as `path:line:column: error: message`, with the path diff below it.
    static func describe(_ failure: TestFailure) -> String {
        var text = line("\(failure.location): error: \(failure.message)")
        if let diff = failure.diff {
            text += "\n    path (- expected, + actual):"
            for diffLine in diff.lines { text += "\n    " + line(diffLine.text) }
        }
        return text
    }

    /// One line of output holding text from a playbook or a test file (names, labels,
    /// steps, messages): sanitised, and kept to one line so it cannot fake another.
    static func line(_ text: String) -> String {
        TextSanitiser.singleLine(text)
    }
}
