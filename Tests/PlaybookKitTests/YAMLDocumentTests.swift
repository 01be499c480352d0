import PlaybookKit
import Testing

/// A stream may hold no document, one, or several; a playbook file must hold at most one.
@Suite struct YAMLDocumentTests {
    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func anEmptyStreamHoldsNoDocument(_ text: String) throws {
        #expect(try load(text) == nil)
        #expect(try YAMLLoader().loadAll(Array(text.utf8), file: testFile).isEmpty)
    }

    @Test func anExplicitEmptyDocumentIsNull() throws {
        let node = try root("---\n")
        #expect(node.scalar?.value == .null)
        #expect(node.location == at(2, 1))
    }

    @Test func aSecondDocumentIsAnErrorAtItsStart() {
        #expect(throws: YAMLError.multipleDocuments(at: at(3, 1))) {
            try load("id: one\n\n---\nid: two\n")
        }
    }

    @Test func loadAllReturnsEveryDocumentInOrder() throws {
        let documents = try YAMLLoader().loadAll(Array("a: 1\n---\n- b\n...\n--- c\n".utf8), file: testFile)
        #expect(documents.count == 3)
        #expect(documents[0]["a"]?.scalar?.value == .int(1))
        #expect(documents[1].sequence?.first?.scalar?.text == "b")
        #expect(documents[2].scalar?.text == "c")
        #expect(documents[2].location == at(5, 5))
    }

    @Test func keysKeepTheirSourceOrder() throws {
        let node = try root("z: 1\na: 2\nm: 3\n")
        #expect(node.mapping?.map { $0.key.scalar?.text } == ["z", "a", "m"])
    }
}
