import PlaybookKit
import Testing

/// Nodes point where they start, 1-based, counting columns in code points.
@Suite struct YAMLLocationTests {
    @Test func nestedBlockNodesPointAtTheirStart() throws {
        let node = try root(
            """
            id: phishing
            steps:
              start:
                options:
                  - label: Yes
                    next: done
            """)
        #expect(node.location == at(1, 1))
        #expect(node.mapping?[0].key.location == at(1, 1))
        #expect(node["id"]?.location == at(1, 5))
        let steps = try #require(node["steps"])
        #expect(steps.location == at(3, 3))
        let options = try #require(steps["start"]?["options"])
        #expect(options.location == at(5, 7))
        let option = try #require(options.sequence?.first)
        #expect(option.location == at(5, 9))
        #expect(option["next"]?.location == at(6, 15))
        #expect(option["next"]?.location.file == testFile)
    }

    @Test func columnsCountCodePointsNotBytes() throws {
        let node = try root("- [\"ñandú\", \"日本語\", x]\n- {k: \"🙂🙂\", n: 1}\n")
        let first = try #require(node.sequence?[0].sequence)
        #expect(first[1].location == at(1, 13))
        #expect(first[2].location == at(1, 20))
        let second = try #require(node.sequence?[1].mapping)
        #expect(second[1].key.location == at(2, 13))
        #expect(second[1].value.location == at(2, 16))
    }

    @Test func flowAndQuotedNodesPointAtTheirFirstCharacter() throws {
        let node = try root("say: 'quoted'\nlist: [a, \"b\"]\ntext: |\n  block\n")
        #expect(node["say"]?.location == at(1, 6))
        #expect(node["list"]?.location == at(2, 7))
        #expect(node["list"]?.sequence?[1].location == at(2, 11))
        #expect(node["text"]?.location == at(3, 7))
    }

    @Test func anchoredNodesStartAtTheirProperties() throws {
        let node = try root("a: &x [1]\nb: !!str 2\n")
        #expect(node["a"]?.location == at(1, 4))
        #expect(node["b"]?.location == at(2, 4))
    }

    @Test func anAliasPointsAtItselfAndItsChildrenAtTheirDefinition() throws {
        let node = try root("base: &b\n  k: v\ncopy: *b\n")
        let copy = try #require(node["copy"])
        #expect(copy.location == at(3, 7))
        #expect(copy["k"]?.location == at(2, 6))
        #expect(copy["k"]?.scalar?.text == "v")
    }
}
