import ArgumentParser
import Foundation
import PlaybookKit

/// `playbook new`: writes a playbook to start from and its test file, both passing lint
/// and test as written, so an author changes something that already works.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a playbook with one step of each kind, and its test file.",
        discussion: """
            Writes <output>/<facet>/<id>.yaml and <id>.test.yaml beside it, with comments \
            explaining each step. Existing files are never overwritten.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The new playbook's id: lowercase letters, digits and '-', starting with a letter.")
    var id: String

    @Option(help: ArgumentHelp("The facet it belongs to.", valueName: "facet"))
    var facet: String

    @Option(help: ArgumentHelp("The library folder to write into.", valueName: "dir"))
    var output: String = "playbooks"

    func validate() throws {
        guard Identifier.isValid(id) else {
            throw ValidationError("'\(id)' is not a valid playbook id: \(Identifier.rule)")
        }
        let facets = StandardFacets.registry.ids
        guard facets.contains(facet) else {
            throw ValidationError("'\(facet)' is not a facet; use one of \(facets.joined(separator: ", "))\(Suggestion.hint(for: facet, in: facets))")
        }
    }

    func run() throws {
        if let folders = try? library.resolvedFolders(),
            let existing = PlaybookLibrary.load(folders, today: CalendarDate(Date())).playbook(id)
        {
            throw CommandFailure("the library already has a playbook '\(id)' (\(existing.file)); choose another id")
        }
        let folder = URL(fileURLWithPath: output).appendingPathComponent(facet)
        let playbookURL = folder.appendingPathComponent("\(id).yaml")
        let testURL = folder.appendingPathComponent("\(id).test.yaml")
        for url in [playbookURL, testURL] where FileManager.default.fileExists(atPath: url.path) {
            throw CommandFailure("\(url.path) already exists; choose another id or move that file away first")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let playbook = PlaybookScaffold.playbook(id: id, facet: facet, reviewed: CalendarDate(Date()))
            try Data(playbook.utf8).write(to: playbookURL, options: .withoutOverwriting)
            try Data(PlaybookScaffold.test(id: id).utf8).write(to: testURL, options: .withoutOverwriting)
        } catch {
            throw CommandFailure("could not write the new files in \(folder.path): \(error.localizedDescription)")
        }
        print("Created \(playbookURL.path)")
        print("Created \(testURL.path)")
        print("Next: edit them, then run 'playbook lint --library \(output)' and 'playbook test --library \(output)'.")
    }
}
