import PlaybookKit
import Testing

/// Every rejection carries the exact place to fix.
@Suite struct YAMLErrorTests {
    @Test func syntaxErrorsCarryLibyamlsProblemAndMark() {
        #expect(throws: YAMLError.syntax(problem: "mapping values are not allowed in this context", at: at(2, 6))) {
            try load("key: value\n  bad: indent\n")
        }
    }

    @Test func syntaxErrorsMentionTheirContext() {
        guard case .syntax(let problem, let location) = loadError("steps:\n  - ask: \"unclosed\n") else {
            Issue.record("an unclosed quote did not fail as a syntax error")
            return
        }
        #expect(problem.contains("while scanning a quoted scalar that starts at line 2, column 10"))
        #expect(location.line == 3)
    }

    @Test func invalidUTF8IsFoundWhereItIs() {
        let bytes = Array("id: x\nt: é".utf8) + [0xFF] + Array(" more\n".utf8)
        #expect(throws: YAMLError.invalidUTF8(at: at(2, 5))) {
            try YAMLLoader().load(bytes, file: testFile)
        }
    }

    @Test(arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]])
    func overlongSurrogateOutOfRangeTruncatedAndStrayBytesAreInvalid(_ sequence: [UInt8]) {
        let bytes = Array("a: ".utf8) + sequence + Array("\n".utf8)
        #expect(throws: YAMLError.invalidUTF8(at: at(1, 4))) {
            try YAMLLoader().load(bytes, file: testFile)
        }
    }

    @Test func fourByteCharactersAreValid() throws {
        #expect(try root("a: \"𝄞🙂\"\n")["a"]?.scalar?.text == "𝄞🙂")
    }

    @Test func controlCharactersAreASyntaxErrorAtTheirPlace() {
        #expect(
            loadError("a: b\nc: \u{01}\n")
                == .syntax(problem: "control characters are not allowed (U+0001)", at: at(2, 4)))
    }

    @Test func duplicateKeysPointAtTheSecondAndNameTheFirst() {
        #expect(throws: YAMLError.duplicateKey(key: "a", at: at(3, 1), first: at(1, 1))) {
            try load("a: 1\nb: 2\na: 3\n")
        }
    }

    @Test(arguments: ["1: x\n01: y\n", "true: x\nTrue: y\n", "null: x\n~: y\n", "0x10: x\n16: y\n"])
    func keysCompareByResolvedValue(_ text: String) {
        guard case .duplicateKey(_, let location, let first) = loadError(text) else {
            Issue.record("equal keys did not fail as duplicates")
            return
        }
        #expect(location == at(2, 1))
        #expect(first == at(1, 1))
    }

    @Test func keysOfDifferentTypesAreDifferent() throws {
        let node = try root("\"1\": text\n1: number\n'true': text\ntrue: bool\n")
        #expect(node.mapping?.count == 4)
    }

    @Test func complexKeysCompareByStructure() {
        #expect(throws: YAMLError.duplicateKey(key: "[a, b]", at: at(3, 3), first: at(1, 3))) {
            try load("? [a, b]\n: 1\n? [a, b]\n: 2\n")
        }
        #expect(throws: YAMLError.duplicateKey(key: "{y: 2, x: 1}", at: at(3, 3), first: at(1, 3))) {
            try load("? {x: 1, y: 2}\n: 1\n? {y: 2, x: 1}\n: 2\n")
        }
    }

    @Test func keysNestedInKeysCompareByStructure() throws {
        #expect(throws: YAMLError.duplicateKey(key: "{[a, {b: c}]: 1, d: 2}", at: at(3, 3), first: at(1, 3))) {
            try load("? {d: 2, ? [a, {b: c}] : 1}\n: x\n? {? [a, {b: c}] : 1, d: 2}\n: y\n")
        }
        #expect(throws: YAMLError.duplicateKey(key: "[{a: 1}]", at: at(3, 3), first: at(1, 3))) {
            try load("? [&m {a: 1}]\n: x\n? [*m]\n: y\n")
        }
        let distinct = try root("? {? [a, {b: c}] : 1}\n: x\n? {? [a, {b: d}] : 1}\n: y\n? [[1]]\n: z\n? [['1']]\n: w\n")
        #expect(distinct.mapping?.count == 4)
    }

    @Test func duplicatesAreFoundInLargeMappings() {
        let text = (0..<30).map { "k\($0): \($0)\n" }.joined() + "k5: again\n"
        #expect(throws: YAMLError.duplicateKey(key: "k5", at: at(31, 1), first: at(6, 1))) {
            try load(text)
        }
    }

    @Test func anAliasedKeyIsADuplicateOfItsAnchor() {
        #expect(throws: YAMLError.duplicateKey(key: "a", at: at(2, 1), first: at(1, 1))) {
            try load("&k a: 1\n*k : 2\n")
        }
    }

    @Test func anUndefinedAliasIsAnError() {
        #expect(throws: YAMLError.undefinedAlias(name: "later", at: at(1, 8))) {
            try load("first: *later\nsecond: &later x\n")
        }
    }

    @Test func anchorsDoNotCrossDocuments() {
        #expect(throws: YAMLError.undefinedAlias(name: "x", at: at(3, 4))) {
            try YAMLLoader().loadAll(Array("a: &x 1\n---\nb: *x\n".utf8), file: testFile)
        }
    }
}
