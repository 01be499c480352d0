import Testing

@testable import PlaybookKit

@Suite("Adjacency: a graph's edges in flat arrays")
struct AdjacencyTests {
    @Test("each node lists its neighbours in the order its edges were given, duplicates and loops included")
    func neighboursInOrder() {
        let edges = [(from: 2, to: 0), (from: 0, to: 3), (from: 2, to: 2), (from: 0, to: 1), (from: 2, to: 0)]
        let graph = Adjacency(count: 5, edges: edges)
        #expect(graph.count == 5)
        #expect(Array(graph[0]) == [3, 1])
        #expect(Array(graph[1]).isEmpty)
        #expect(Array(graph[2]) == [0, 2, 0])
        #expect(Array(graph[4]).isEmpty)
        #expect((0..<5).map(graph.degree) == [2, 0, 3, 0, 0])
        #expect(graph.neighbour(1, of: 2) == 2)
    }

    @Test("the reversed edges give each node its predecessors, in the order of the edges")
    func predecessors() {
        let edges = [(from: 0, to: 2), (from: 1, to: 2), (from: 3, to: 0), (from: 2, to: 0)]
        let reversed = Adjacency(count: 4, edges: edges.map { ($0.to, $0.from) })
        #expect(Array(reversed[2]) == [0, 1])
        #expect(Array(reversed[0]) == [3, 2])
        #expect(Array(reversed[3]).isEmpty)
    }

    @Test("a graph without edges, and one without nodes")
    func empty() {
        #expect(Adjacency(count: 3, edges: []).degree(of: 2) == 0)
        #expect(Adjacency(count: 0, edges: []).count == 0)
    }
}
