import ArgumentParser
import PlaybookKit

/// `playbook schema`: the JSON Schema of the playbook format, for editors that check
/// YAML while it is typed.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the playbook format, for editors.",
        discussion: """
            Save it (playbook schema > playbook.schema.json) and put this line at the top of \
            a playbook: # yaml-language-server: $schema=<path or URL of the file>. Editors \
            using the YAML language server then check keys, kinds and values while you type; \
            'playbook lint' still checks links, reachability and expressions.
            """
    )

    func run() throws {
        print(PlaybookSchema.json(registry: StandardFacets.registry), terminator: "")
    }
}
