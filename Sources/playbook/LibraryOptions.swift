import ArgumentParser
import Foundation
import PlaybookKit

/// Where the playbook library is: `--library`, then `$PLAYBOOK_PATH`, then the shipped one.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("library"), help: ArgumentHelp("A folder of playbooks (repeatable).", valueName: "dir"))
    var folders: [String] = []

    /// The folders to read, in order of precedence.
    func resolvedFolders(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        try Self.resolve(folders, environment: environment)
    }

    /// The folders to read when `given` were named on the command line (none: look further).
    static func resolve(_ given: [String], environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [String] {
        if !given.isEmpty { return given }
        if let path = environment["PLAYBOOK_PATH"], !path.isEmpty {
            return path.split(separator: ":").map(String.init)
        }
        guard let shipped = ShippedLibrary.locate() else {
            throw ValidationError("no playbook library found; pass --library DIR or set PLAYBOOK_PATH")
        }
        return [shipped]
    }

    /// Reads the library, failing with the first error when it cannot be used at all.
    func load() throws -> PlaybookLibrary {
        PlaybookLibrary.load(try resolvedFolders(), today: CalendarDate(Date()))
    }
}
