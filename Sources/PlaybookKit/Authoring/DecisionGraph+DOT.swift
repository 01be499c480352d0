extension DecisionGraph {
    /// The graph in Graphviz's DOT language (`dot -Tsvg`). Every id and label is a quoted
    /// string with backslashes and quotes escaped, so any text is safe.
    public var dot: String {
        var lines = [
            "digraph \(Self.dotString(name)) {",
            "  graph [rankdir=TB];",
            "  node [fontname=\"Helvetica\", fontsize=11];",
            "  edge [fontname=\"Helvetica\", fontsize=10];",
        ]
        for node in nodes where node.group == nil { lines.append("  " + Self.dotNode(node)) }
        for (number, group) in groups.enumerated() {
            lines.append("  subgraph cluster_\(number) {")
            lines.append("    label=\(Self.dotString(group));")
            for node in nodes where node.group == group { lines.append("    " + Self.dotNode(node)) }
            lines.append("  }")
        }
        for edge in edges {
            let label = edge.label.map { " [label=\(Self.dotString($0))]" } ?? ""
            lines.append("  \(Self.dotString(edge.from)) -> \(Self.dotString(edge.to))\(label);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Fill colours by outcome.
    static let dotColours: [EndOutcome: String] = [
        .resolved: "#d9f2d9", .referred: "#dbe9f9", .escalated: "#f9d9d9", .monitoring: "#fdf0cc",
    ]

    private static func dotNode(_ node: DecisionGraph.Node) -> String {
        var attributes: [String]
        switch node.kind {
        case .start: attributes = ["shape=circle"]
        case .question: attributes = ["shape=diamond"]
        case .routing: attributes = ["shape=diamond", "style=dashed"]
        case .input: attributes = ["shape=parallelogram"]
        case .information: attributes = ["shape=box"]
        case .checklist: attributes = ["shape=box", "peripheries=2"]
        case .action: attributes = ["shape=hexagon"]
        case .end: attributes = ["shape=doublecircle"]
        case .jump: attributes = ["shape=cds", "style=filled", "fillcolor=\"#eeeeee\""]
        case .playbook: attributes = ["shape=box", "style=rounded"]
        case .missing: attributes = ["shape=box", "style=dashed", "color=\"#b3261e\""]
        }
        if let outcome = node.outcome, let colour = dotColours[outcome] {
            attributes += ["style=filled", "fillcolor=\"\(colour)\""]
        }
        let label = ([node.title] + (node.detail.map { [$0] } ?? [])).map(dotEscaped).joined(separator: "\\n")
        attributes.append("label=\"\(label)\"")
        return "\(dotString(node.key)) [\(attributes.joined(separator: ", "))];"
    }

    /// A quoted DOT string.
    static func dotString(_ text: String) -> String {
        "\"" + dotEscaped(text) + "\""
    }

    /// Text safe inside a quoted DOT string: sanitised onto one line
    /// (`TextSanitiser.singleLine`), then backslashes and quotes escaped, so Graphviz's
    /// own `\n`, `\l` and `\N` cannot be written by accident.
    static func dotEscaped(_ text: String) -> String {
        var output = ""
        for scalar in TextSanitiser.singleLine(text).unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
