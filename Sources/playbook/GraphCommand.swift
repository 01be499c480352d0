import ArgumentParser
import Foundation
import PlaybookKit

/// `playbook graph`: draws a playbook's decision tree, or the map of the whole library,
/// so a reviewer sees the branches instead of reading YAML.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a playbook's decision tree, or the library's map, as Mermaid or Graphviz DOT.",
        discussion: """
            Questions are diamonds, inputs parallelograms, information boxes, checklists \
            double-bordered boxes, actions hexagons, routing dashed diamonds, ends rounded \
            (Mermaid) or double circles (DOT) coloured by outcome, and jumps into other \
            playbooks are shown as such. Mermaid renders inside a ```mermaid block on common \
            code-hosting sites; DOT renders with Graphviz: playbook graph ID --format dot | \
            dot -Tsvg > ID.svg. With --library and no ID, draws the map of all playbooks and \
            the jumps between them (--library DIR reads another library).
            """
    )

    /// The output language.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case mermaid, dot
    }

    @Option(
        name: .customLong("library"), defaultAsFlag: "",
        help: ArgumentHelp("Without ID: draw the map of the library. With DIR: read the playbooks from DIR.", valueName: "dir"))
    var library: String?

    @Argument(help: "The playbook's id (see 'playbook list').")
    var id: String?

    @Option(help: "Output format.")
    var format: Format = .mermaid

    @Option(help: ArgumentHelp("Draw the text in this language, where translated.", valueName: "code"))
    var lang: String?

    func validate() throws {
        if id == nil, library == nil {
            throw ValidationError("give a playbook id, or --library for the map of all playbooks")
        }
    }

    func run() throws {
        let folders = try LibraryOptions.resolve(library.map { $0.isEmpty ? [] : [$0] } ?? [])
        for folder in folders where !FileManager.default.fileExists(atPath: folder) {
            throw CommandFailure("there is no folder '\(folder)'; to draw a playbook, write its id before --library")
        }
        let loaded = PlaybookLibrary.load(folders, today: CalendarDate(Date()))
        let playbooks = lang.map { loaded.playbooks(in: Translations.language($0)) } ?? loaded.playbooks
        let graph: DecisionGraph
        if let id {
            guard let playbook = playbooks.first(where: { $0.id == id }) else {
                throw CommandFailure("there is no playbook '\(id)'\(Suggestion.hint(for: id, in: playbooks.map(\.id))); run 'playbook list' to see them")
            }
            graph = DecisionGraph(playbook: playbook, library: Dictionary(playbooks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        } else {
            graph = DecisionGraph(library: playbooks)
        }
        print(format == .dot ? graph.dot : graph.mermaid, terminator: "")
    }
}
