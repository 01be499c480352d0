extension DecisionGraph {
    /// The graph as a Mermaid flowchart, which common code-hosting sites render inside a
    /// ```` ```mermaid ```` block. Labels are quoted, and characters Mermaid would read as
    /// syntax are written as its entity codes (`#quot;`), so any text is safe.
    public var mermaid: String {
        var index: [String: String] = [:]
        for (number, node) in nodes.enumerated() { index[node.key] = "n\(number)" }
        var lines = ["flowchart TD", "  %% \(Self.mermaidComment(name))"]
        func declare(_ node: DecisionGraph.Node, indent: String) {
            lines.append(indent + index[node.key]! + Self.mermaidShape(node))
        }
        for node in nodes where node.group == nil { declare(node, indent: "  ") }
        for (number, group) in groups.enumerated() {
            lines.append("  subgraph g\(number)[\"\(Self.mermaidText(group))\"]")
            for node in nodes where node.group == group { declare(node, indent: "    ") }
            lines.append("  end")
        }
        for edge in edges {
            guard let from = index[edge.from], let to = index[edge.to] else { continue }
            let label = edge.label.map { "|\"\(Self.mermaidText($0))\"|" } ?? ""
            lines.append("  \(from) -->\(label) \(to)")
        }
        lines += Self.mermaidClasses
        for node in nodes {
            if let outcome = node.outcome {
                lines.append("  class \(index[node.key]!) \(outcome.rawValue)")
            } else if node.kind == .routing || node.kind == .missing || node.kind == .jump {
                lines.append("  class \(index[node.key]!) \(node.kind.rawValue)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Colours by outcome, and dashed outlines for routing, jumps and missing targets.
    static let mermaidClasses = [
        "  classDef resolved fill:#d9f2d9,stroke:#2e7d32,color:#123312",
        "  classDef referred fill:#dbe9f9,stroke:#1f5fa8,color:#0d2a4d",
        "  classDef escalated fill:#f9d9d9,stroke:#b3261e,color:#4d0f0c",
        "  classDef monitoring fill:#fdf0cc,stroke:#a36b00,color:#473000",
        "  classDef routing stroke-dasharray:4 3",
        "  classDef jump fill:#eeeeee,stroke:#555555",
        "  classDef missing fill:#ffffff,stroke:#b3261e,stroke-dasharray:4 3",
    ]

    private static func mermaidShape(_ node: DecisionGraph.Node) -> String {
        let label = "\"" + ([node.title] + (node.detail.map { [$0] } ?? [])).map(mermaidText).joined(separator: "<br/>") + "\""
        switch node.kind {
        case .start: return "((\(label)))"
        case .question, .routing: return "{\(label)}"
        case .input: return "[/\(label)/]"
        case .information, .playbook, .missing: return "[\(label)]"
        case .checklist: return "[[\(label)]]"
        case .action: return "{{\(label)}}"
        case .end: return "([\(label)])"
        case .jump: return ">\(label)]"
        }
    }

    /// Text safe inside a quoted Mermaid label: sanitised onto one line
    /// (`TextSanitiser.singleLine`), then `#`, quotes, angle brackets, `&`, `|` and
    /// backticks become entity codes.
    static func mermaidText(_ text: String) -> String {
        var output = ""
        for scalar in TextSanitiser.singleLine(text).unicodeScalars {
            switch scalar {
            case "#": output += "#35;"
            case "\"": output += "#quot;"
            case "<": output += "#lt;"
            case ">": output += "#gt;"
            case "&": output += "#amp;"
            case "|": output += "#124;"
            case "`": output += "#96;"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Text for a `%%` comment line: sanitised onto one line.
    private static func mermaidComment(_ text: String) -> String {
        TextSanitiser.singleLine(text)
    }
}
