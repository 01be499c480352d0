/// The edges of a graph of numbered nodes, held in two flat arrays (each node's
/// neighbours side by side, then the next node's) instead of one array per node: lint
/// builds a graph for every playbook, and an array per step was most of that cost.
struct Adjacency {
    /// Where each node's neighbours start in `neighbours`; one more entry than nodes.
    private let offsets: [Int]
    private let neighbours: [Int]

    /// The graph of `count` nodes with `edges`; each node keeps its edges in the order given.
    init(count: Int, edges: [(from: Int, to: Int)]) {
        var offsets = [Int](repeating: 0, count: count + 1)
        for edge in edges { offsets[edge.from + 1] += 1 }
        for node in 0..<count { offsets[node + 1] += offsets[node] }
        var free = offsets
        var neighbours = [Int](repeating: 0, count: edges.count)
        for edge in edges {
            neighbours[free[edge.from]] = edge.to
            free[edge.from] += 1
        }
        self.offsets = offsets
        self.neighbours = neighbours
    }

    /// The number of nodes.
    var count: Int { offsets.count - 1 }

    /// The neighbours of `node`, in the order their edges were given.
    subscript(node: Int) -> ArraySlice<Int> {
        neighbours[offsets[node]..<offsets[node + 1]]
    }

    /// The number of neighbours of `node`.
    func degree(of node: Int) -> Int {
        offsets[node + 1] - offsets[node]
    }

    /// The `position`th neighbour of `node`, counting from 0.
    func neighbour(_ position: Int, of node: Int) -> Int {
        neighbours[offsets[node] + position]
    }
}
