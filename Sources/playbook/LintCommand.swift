import ArgumentParser
import Foundation
import PlaybookKit
import PlaybookTerminal

/// `playbook lint`: checks playbooks and the directory like a compiler checks code.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check playbooks for errors: syntax, schema, broken links, dead ends, bad actions.",
        discussion: "Exits 0 when there are no errors (warnings allowed), 1 when there are."
    )

    /// How to print findings.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var library: LibraryOptions

    @Option(help: "Output format: text (on standard error) or json (on standard output).")
    var format: Format = .text

    @Argument(help: ArgumentHelp("Files or folders to check (default: the library).", valueName: "path"))
    var paths: [String] = []

    func run() throws {
        let folders = try library.resolvedFolders()
        let linter = Linter(registry: StandardFacets.registry, today: CalendarDate(Date()), interfaceStrings: Translations.interfaceStrings)
        let context = paths.isEmpty ? nil : PlaybookLibrary.load(folders, today: linter.today, hashingContents: false)
        let (linted, diagnostics) = linter.lint(paths.isEmpty ? folders : paths, context: context)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        switch format {
        case .json:
            print(DiagnosticFormatter.json(diagnostics), terminator: "")
        case .text:
            let sources = SourceLines()
            let style = TerminalStyle(descriptor: STDERR_FILENO)
            // A file linked from outside the library is not quoted: its lines are not the library's.
            let outside = Set(diagnostics.filter { $0.rule == LibraryFile.outsideLibraryRule }.map(\.location.file))
            var report = DiagnosticFormatter.text(diagnostics) { file, number in
                outside.contains(file) ? nil : sources.line(file, number)
            }
            report += style.summary(
                "\(linted.files.count) files, \(linted.playbooks.count) playbooks, \(linted.directory.organisations.count) organisations: "
                    + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n",
                failed: errors > 0)
            FileHandle.standardError.write(Data(report.utf8))
        }
        // Ends the process here, without freeing what was read: a large library is
        // many small objects, and freeing them one by one took longer than validating
        // them, only for the system to reclaim the memory at exit anyway (compilers do
        // the same, e.g. clang's -disable-free).
        Self.exit(withError: errors > 0 ? ExitCode(1) : nil)
    }
}

/// Source lines for diagnostics, reading each file once.
final class SourceLines {
    private var cache: [String: [Substring]] = [:]

    func line(_ file: String, _ number: Int) -> String? {
        if cache[file] == nil {
            let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            cache[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[file], number >= 1, number <= lines.count else { return nil }
        let line = lines[number - 1]
        return String(line.hasSuffix("\r") ? line.dropLast() : line)
    }
}
