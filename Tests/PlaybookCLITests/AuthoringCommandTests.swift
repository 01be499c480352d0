import Foundation
import Testing

@Suite("playbook new, graph, explain and schema, end to end")
struct AuthoringCommandTests {
    @Test("a new playbook passes lint and test at once with full coverage")
    func newPlaybook() throws {
        let folder = try PlaybookBinary.folder([:])
        let created = try PlaybookBinary.run(["new", "first-aid", "--facet", "care", "--output", folder, "--library", folder])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("Created \(folder)/care/first-aid.yaml"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/care/first-aid.test.yaml"))
        let lint = try PlaybookBinary.run(["lint", "--library", folder])
        #expect(lint.status == 0, "\(lint.stderr)")
        #expect(lint.stderr.contains("0 errors, 0 warnings"))
        let test = try PlaybookBinary.run(["test", "--library", folder, "--min-coverage", "100"])
        #expect(test.status == 0, "\(test.stdout)")
        #expect(test.stdout.contains("first-aid: 4/4 branches (100%)"))
        #expect(test.stdout.hasSuffix("2 passed, 0 failed\n"))
    }

    @Test("new refuses to overwrite, a bad id and an unknown facet")
    func newRefusals() throws {
        let folder = try PlaybookBinary.folder(["care/taken.test.yaml": "playbook: taken\n"])
        let overwrite = try PlaybookBinary.run(["new", "taken", "--facet", "care", "--output", folder, "--library", folder])
        #expect(overwrite.status == 1)
        #expect(overwrite.stderr.contains("already exists"))
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/care/taken.yaml"), "nothing is written when one file exists")
        let badID = try PlaybookBinary.run(["new", "Bad_Id", "--facet", "care", "--output", folder, "--library", folder])
        #expect(badID.status != 0)
        #expect(badID.stderr.contains("'Bad_Id' is not a valid playbook id"))
        let badFacet = try PlaybookBinary.run(["new", "fine", "--facet", "legl", "--output", folder, "--library", folder])
        #expect(badFacet.status != 0)
        #expect(badFacet.stderr.contains("did you mean 'legal'?"))
    }

    @Test("graph prints Mermaid by default and DOT on request; --library alone draws the map")
    func graph() throws {
        let folder = try PlaybookBinary.folder([:])
        _ = try PlaybookBinary.run(["new", "drawn", "--facet", "care", "--output", folder, "--library", folder])
        let mermaid = try PlaybookBinary.run(["graph", "drawn", "--library", folder])
        #expect(mermaid.status == 0, "\(mermaid.stderr)")
        #expect(mermaid.stdout.hasPrefix("flowchart TD\n  %% drawn\n"))
        #expect(mermaid.stdout.contains(#"n1 -->|"It started today"| n2"#))
        let dot = try PlaybookBinary.run(["graph", "drawn", "--format", "dot", "--library", folder])
        #expect(dot.stdout.hasPrefix("digraph \"drawn\" {"))
        #expect(dot.stdout.contains("\"which-end\" -> \"watch\" [label=\"otherwise\"];"))
        let map = try PlaybookBinary.run(["graph", "--library", folder])
        #expect(map.status == 0, "\(map.stderr)")
        #expect(map.stdout.contains("subgraph g0[\"care\"]"))
        let map2 = try PlaybookBinary.run(["graph", "--library"], environment: ["PLAYBOOK_PATH": folder])
        #expect(map2.stdout == map.stdout)
        let missing = try PlaybookBinary.run(["graph", "drwan", "--library", folder])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("did you mean 'drawn'?"))
        let swapped = try PlaybookBinary.run(["graph", "--library", "drawn"], environment: ["PLAYBOOK_PATH": folder])
        #expect(swapped.status == 1)
        #expect(swapped.stderr.contains("there is no folder 'drawn'; to draw a playbook, write its id before --library"))
        let nothing = try PlaybookBinary.run(["graph"], environment: ["PLAYBOOK_PATH": folder])
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("give a playbook id, or --library"))
    }

    @Test("explain lists every way to a step with its conditions")
    func explain() throws {
        let folder = try PlaybookBinary.folder([:])
        _ = try PlaybookBinary.run(["new", "told", "--facet", "care", "--output", folder, "--library", folder])
        let result = try PlaybookBinary.run(["explain", "told", "get-help", "--library", folder])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            2 ways lead from the start to 'get-help':

            1. situation: chose “It started today” (today)
               noticed-on: typed an answer (date)
               first-steps: reported the checklist
               which-end: when situation == 'today'
               → get-help

            2. situation: chose “I am not sure yet” (unsure)
               keep-calm: read on
               first-steps: reported the checklist
               which-end: when situation == 'today'
               → get-help

            """)
        let limited = try PlaybookBinary.run(["explain", "told", "get-help", "--limit", "1", "--library", folder])
        #expect(limited.stdout.hasPrefix("1 way leads from the start to 'get-help' (there are more; only the first is shown):"))
        let unknown = try PlaybookBinary.run(["explain", "told", "get-hlp", "--library", folder])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("did you mean 'get-help'?"))
    }

    @Test("schema prints JSON Schema draft 2020-12 with the shipped facets")
    func schema() throws {
        let result = try PlaybookBinary.run(["schema"])
        #expect(result.status == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let facet = (schema["properties"] as? [String: Any])?["facet"] as? [String: Any]
        #expect(facet?["enum"] as? [String] == ["attribution", "care", "infrastructure", "legal", "triage"])
    }
}
