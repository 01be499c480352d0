import Foundation

/// A playbook's decision tree (or the library's map of playbooks) as nodes and labelled
/// edges, ready to draw: nodes carry their kind, which decides their shape, and ends
/// carry their outcome, which decides their colour. Rendered as Mermaid or Graphviz DOT.
public struct DecisionGraph: Hashable, Sendable {
    /// What a node stands for; each renderer gives each kind its own shape.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Where the playbook starts.
        case start
        case question, input, information, checklist, action, routing, end
        /// A jump into another playbook.
        case jump
        /// A playbook, in the library map.
        case playbook
        /// A playbook that a jump names but the library does not hold.
        case missing
    }

    /// One node.
    public struct Node: Hashable, Sendable {
        /// A key unique in the graph: a step id, `playbook:<id>[#<step>]` for jumps, a
        /// playbook id in the map, or `(start)`.
        public var key: String
        /// The first line of its label: a step or playbook id.
        public var title: String
        /// A second line: a short form of the step's text, or the playbook's title.
        public var detail: String?
        /// What it stands for.
        public var kind: Kind
        /// An end's outcome.
        public var outcome: EndOutcome?
        /// The group it is drawn in (a facet, in the library map).
        public var group: String?
    }

    /// One arrow.
    public struct Edge: Hashable, Sendable {
        /// The key of the node it leaves.
        public var from: String
        /// The key of the node it reaches.
        public var to: String
        /// What decides it: an option's label, a route's condition, `otherwise`.
        public var label: String?
    }

    /// The graph's name: the playbook's id, or `library`.
    public var name: String
    /// The nodes in authoring order.
    public var nodes: [Node]
    /// The edges in authoring order.
    public var edges: [Edge]

    /// The key of the start marker; never a step id, since ids cannot hold parentheses.
    public static let startKey = "(start)"
    /// Longest detail or edge label drawn, in characters; longer text is cut with "…".
    public static let maxTextLength = 60

    /// The decision tree of `playbook`; `library` gives the titles of the playbooks it jumps to.
    public init(playbook: Playbook, library: [String: Playbook] = [:]) {
        name = playbook.id
        var nodes = [Node(key: Self.startKey, title: "start", detail: nil, kind: .start)]
        var edges = [Edge(from: Self.startKey, to: playbook.start, label: nil)]
        var jumps: [Node] = []
        for step in playbook.steps {
            nodes.append(Self.node(for: step))
            for exit in step.exits {
                let key = exit.target.playbook == nil ? exit.target.step ?? "" : exit.target.text
                if exit.target.playbook != nil, !jumps.contains(where: { $0.key == key }) {
                    jumps.append(Self.jumpNode(exit.target, library: library))
                }
                edges.append(Edge(from: step.id, to: key, label: exit.condition.label.map(Self.shortened)))
            }
        }
        nodes += jumps
        for edge in edges where !nodes.contains(where: { $0.key == edge.to }) {
            nodes.append(Node(key: edge.to, title: edge.to, detail: "not in this playbook", kind: .missing))
        }
        self.nodes = nodes
        self.edges = edges
    }

    /// The map of `playbooks` and the jumps between them, grouped by facet.
    public init(library playbooks: [Playbook]) {
        name = "library"
        let known = Set(playbooks.map(\.id))
        var nodes = playbooks.map { Node(key: $0.id, title: $0.id, detail: Self.shortened($0.title), kind: .playbook, group: $0.facet) }
        var edges: [Edge] = []
        for playbook in playbooks {
            for step in playbook.steps {
                for target in step.targets {
                    guard let other = target.playbook else { continue }
                    let edge = Edge(from: playbook.id, to: other, label: target.step.map { "#\($0)" })
                    if !edges.contains(edge) { edges.append(edge) }
                    if !known.contains(other), !nodes.contains(where: { $0.key == other }) {
                        nodes.append(Node(key: other, title: other, detail: "not in the library", kind: .missing))
                    }
                }
            }
        }
        self.nodes = nodes
        self.edges = edges
    }

    /// The groups used by nodes, in order of first use.
    public var groups: [String] {
        var seen: [String] = []
        for group in nodes.compactMap(\.group) where !seen.contains(group) { seen.append(group) }
        return seen
    }

    private static func node(for step: Step) -> Node {
        func node(_ kind: Kind, _ detail: String?, outcome: EndOutcome? = nil) -> Node {
            Node(key: step.id, title: step.id, detail: detail.map(shortened), kind: kind, outcome: outcome)
        }
        switch step.kind {
        case .question(let question):
            return node(.question, question.ask.source)
        case .input(let input):
            return node(.input, "\(input.ask.source) (\(input.type.rawValue))")
        case .information:
            return node(.information, step.say?.source)
        case .checklist(let checklist):
            return node(.checklist, "checklist: \(checklist.items.count) item\(checklist.items.count == 1 ? "" : "s")")
        case .action(let call):
            return node(.action, call.action)
        case .routing:
            return node(.routing, nil)
        case .end(let end):
            let refer = end.refer.isEmpty ? "" : " → " + end.refer.joined(separator: ", ")
            return node(.end, end.outcome.rawValue + refer, outcome: end.outcome)
        }
    }

    private static func jumpNode(_ target: StepTarget, library: [String: Playbook]) -> Node {
        let id = target.playbook ?? ""
        let title = library[id].map { shortened($0.title) }
        let detail = [title, target.step.map { "at \($0)" }].compactMap { $0 }.joined(separator: ", ")
        return Node(key: target.text, title: "→ \(id)", detail: detail.isEmpty ? nil : detail, kind: library.isEmpty || library[id] != nil ? .jump : .missing)
    }

    /// The first line of `text`, without Markdown line breaks, cut at `maxTextLength`.
    static func shortened(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > maxTextLength else { return trimmed }
        return String(trimmed.prefix(maxTextLength - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
