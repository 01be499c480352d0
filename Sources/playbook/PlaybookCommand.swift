import ArgumentParser
import PlaybookKit

/// The `playbook` command: steps a defender through an emergency, and gives responders
/// the tools to write and check playbooks.
@main
struct PlaybookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Step-by-step help for a digital emergency, offline.",
        discussion: """
            Playbooks are YAML files written by rapid responders. The library is found with \
            --library, then $PLAYBOOK_PATH (folders separated by ':'), then the playbooks \
            shipped with this tool.
            """,
        version: "0.1.0",
        subcommands: [
            RunCommand.self, ResumeCommand.self, SessionsCommand.self, ReportCommand.self, ListCommand.self,
            ShowCommand.self, ExportCommand.self, OrgsCommand.self, DemoCommand.self, LintCommand.self, TestCommand.self, GraphCommand.self,
            ExplainCommand.self, NewCommand.self, SchemaCommand.self, TranslateCommand.self,
        ],
        defaultSubcommand: RunCommand.self
    )
}
