import Foundation
import Testing

@testable import PlaybookKit

@Suite("Decision graphs: Mermaid and Graphviz DOT")
struct DecisionGraphTests {
    static let text = playbook(
        id: "main", facet: "care",
        """
          ask-it:
            ask: "Is it \\"bad\\" <b>#1</b> | `code` & more?"
            options:
              - label: "Yes \\"really\\" \\\\ | #"
                value: yes
                next: type-it
              - label: Elsewhere
                value: away
                next: playbook:other#start-here
              - label: Missing
                value: missing
                next: playbook:ghost
          type-it:
            ask: Where?
            input: url
            next: read-it
          read-it:
            say: |
              First line.
              Second line.
            next: do-it
          do-it:
            checklist:
              - id: one
                text: One.
            next: run-it
          run-it:
            action: care.observe
            next: route-it
          route-it:
            route:
              - when: "ask-it == 'yes' and type-it != \\"x\\""
                next: fine
              - otherwise: bad
          fine:
            end: resolved
          bad:
            end: escalated
            refer: [legal]
        """)

    static let other = playbook(
        id: "other", facet: "legal",
        """
          start-here:
            say: Other.
            next: back
          back:
            say: Back.
            next: playbook:main
          unused:
            end: monitoring
        """)

    static let playbooks = decodePlaybooks([text, other])
    static let graph = DecisionGraph(playbook: playbooks[0], library: ["main": playbooks[0], "other": playbooks[1]])

    @Test("every step is a node of its kind, jumps are distinct nodes, and every exit is an edge")
    func structure() {
        let graph = Self.graph
        #expect(graph.nodes.map(\.key) == [
            DecisionGraph.startKey, "ask-it", "type-it", "read-it", "do-it", "run-it", "route-it", "fine", "bad",
            "playbook:other#start-here", "playbook:ghost",
        ])
        #expect(graph.nodes.map(\.kind) == [.start, .question, .input, .information, .checklist, .action, .routing, .end, .end, .jump, .missing])
        #expect(graph.nodes.compactMap(\.outcome) == [.resolved, .escalated])
        #expect(graph.edges.map { "\($0.from)>\($0.to)" } == [
            "(start)>ask-it", "ask-it>type-it", "ask-it>playbook:other#start-here", "ask-it>playbook:ghost",
            "type-it>read-it", "read-it>do-it", "do-it>run-it", "run-it>route-it", "route-it>fine", "route-it>bad",
        ])
        #expect(graph.edges.map(\.label) == [nil, "Yes \"really\" \\ | #", "Elsewhere", "Missing", nil, nil, nil, nil, "ask-it == 'yes' and type-it != \"x\"", "otherwise"])
        #expect(graph.nodes[3].detail == "First line.")
        #expect(graph.nodes[9].detail == "Test, at start-here")
    }

    @Test("Mermaid: one line per node and edge, shapes by kind, classes by outcome, nothing unescaped")
    func mermaid() {
        let lines = Self.graph.mermaid.split(separator: "\n").map(String.init)
        #expect(lines[0] == "flowchart TD")
        #expect(lines[1] == "  %% main")
        #expect(lines.contains(#"  n0(("start"))"#))
        #expect(lines.contains(#"  n1{"ask-it<br/>Is it #quot;bad#quot; #lt;b#gt;#35;1#lt;/b#gt; #124; #96;code#96; #amp; more?"}"#))
        #expect(lines.contains(#"  n2[/"type-it<br/>Where? (url)"/]"#))
        #expect(lines.contains(#"  n3["read-it<br/>First line."]"#))
        #expect(lines.contains(#"  n4[["do-it<br/>checklist: 1 item"]]"#))
        #expect(lines.contains(#"  n5{{"run-it<br/>care.observe"}}"#))
        #expect(lines.contains(#"  n6{"route-it"}"#))
        #expect(lines.contains(#"  n7(["fine<br/>resolved"])"#))
        #expect(lines.contains(#"  n8(["bad<br/>escalated → legal"])"#))
        #expect(lines.contains(#"  n9>"→ other<br/>Test, at start-here"]"#))
        #expect(lines.contains(#"  n1 -->|"Yes #quot;really#quot; \ #124; #35;"| n2"#))
        #expect(lines.contains(#"  n6 -->|"ask-it == 'yes' and type-it != #quot;x#quot;"| n7"#))
        #expect(lines.contains("  class n7 resolved"))
        #expect(lines.contains("  class n8 escalated"))
        #expect(lines.contains("  class n10 missing"))
        #expect(lines.contains { $0.hasPrefix("  classDef escalated fill:") })
        let edges = lines.filter { $0.contains("-->") }
        #expect(edges.count == Self.graph.edges.count)
        for line in lines.dropFirst(2) where !line.hasPrefix("  classDef") {
            let quoted = line.split(separator: "\"", omittingEmptySubsequences: false)
            #expect(quoted.count % 2 == 1, "unbalanced quotes: \(line)")
            for (index, part) in quoted.enumerated() where index % 2 == 1 {
                let text = part.replacingOccurrences(of: "<br/>", with: "")
                #expect(!text.contains { "|`<>&".contains($0) }, "unescaped: \(line)")
            }
        }
    }

    @Test("DOT: quoted ids and labels with quotes and backslashes escaped, shapes by kind, ends filled by outcome")
    func dot() {
        let text = Self.graph.dot
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == #"digraph "main" {"#)
        #expect(lines.last == "}")
        #expect(lines.contains(#"  "ask-it" [shape=diamond, label="ask-it\nIs it \"bad\" <b>#1</b> | `code` & more?"];"#))
        #expect(lines.contains(#"  "ask-it" -> "type-it" [label="Yes \"really\" \\ | #"];"#))
        #expect(lines.contains(#"  "route-it" [shape=diamond, style=dashed, label="route-it"];"#))
        #expect(lines.contains(##"  "fine" [shape=doublecircle, style=filled, fillcolor="#d9f2d9", label="fine\nresolved"];"##))
        #expect(lines.contains(#"  "type-it" [shape=parallelogram, label="type-it\nWhere? (url)"];"#))
        #expect(lines.contains(#"  "run-it" [shape=hexagon, label="run-it\ncare.observe"];"#))
        #expect(lines.contains(##"  "playbook:other#start-here" [shape=cds, style=filled, fillcolor="#eeeeee", label="→ other\nTest, at start-here"];"##))
        #expect(lines.filter { $0.contains(" -> ") }.count == Self.graph.edges.count)
        for line in lines.dropFirst() where line.hasPrefix("  \"") {
            var inString = false
            var escaped = false
            for character in line {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString.toggle() }
            }
            #expect(!inString && !escaped, "unterminated string: \(line)")
        }
    }

    @Test("the library map: one node per playbook grouped by facet, one edge per jump, unknown targets marked")
    func libraryMap() {
        let map = DecisionGraph(library: Self.playbooks)
        #expect(map.nodes.map(\.key) == ["main", "other", "ghost"])
        #expect(map.nodes.map(\.kind) == [.playbook, .playbook, .missing])
        #expect(map.groups == ["care", "legal"])
        #expect(map.edges.map { "\($0.from)>\($0.to) \($0.label ?? "")" } == ["main>other #start-here", "main>ghost ", "other>main "])
        let mermaid = map.mermaid
        #expect(mermaid.contains("  subgraph g0[\"care\"]\n    n0[\"main<br/>Test\"]\n  end"))
        #expect(mermaid.contains("  n0 -->|\"#35;start-here\"| n1"))
        let dot = map.dot
        #expect(dot.contains("  subgraph cluster_1 {\n    label=\"legal\";\n    \"other\" [shape=box, style=rounded, label=\"other\\nTest\"];\n  }"))
        #expect(dot.contains("  \"main\" -> \"ghost\";"))
    }

    @Test("long text is cut to one short line")
    func shortening() {
        let long = String(repeating: "word ", count: 30)
        let short = DecisionGraph.shortened(long)
        #expect(short.count == DecisionGraph.maxTextLength)
        #expect(short.hasSuffix("…"))
        #expect(DecisionGraph.shortened("one\ntwo") == "one")
    }
}
