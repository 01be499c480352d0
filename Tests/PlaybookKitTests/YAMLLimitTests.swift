import Foundation
import PlaybookKit
import Testing

/// Hostile or broken input stops at the first node past a limit.
@Suite struct YAMLLimitTests {
    /// A nine-level "billion laughs": fully expanded it would hold about 10^9 nodes.
    static let billionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

        """

    @Test func billionLaughsStopsAtTheFirstAliasPastTheLimit() {
        // Aliases in b to d add 8,289 nodes; the first *d would add 7,381 more.
        #expect(throws: YAMLError.aliasExpansionTooLarge(limit: 10_000, at: at(5, 8))) {
            try load(Self.billionLaughs)
        }
    }

    @Test func aliasesCountTheNodesTheyAdd() throws {
        let text = "a: &x [1, 2, 3]\nb: *x\nc: *x\n"
        let limits = YAMLLimits(maxFileBytes: 1 << 20, maxDepth: 64, maxAliasExpansion: 7)
        #expect(throws: YAMLError.aliasExpansionTooLarge(limit: 7, at: at(3, 4))) {
            try load(text, limits: limits)
        }
        let roomy = YAMLLimits(maxFileBytes: 1 << 20, maxDepth: 64, maxAliasExpansion: 8)
        let node = try #require(try load(text, limits: roomy))
        #expect(node["c"]?.sequence?.count == 3)
    }

    @Test func nestingUpToTheLimitLoads() throws {
        let text = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        var node = try root(text)
        var depth = 1
        while let inner = node.sequence?.first {
            node = inner
            depth += 1
        }
        #expect(depth == 64)
    }

    @Test func nestingPastTheLimitFailsAtTheCollectionTooDeep() {
        let text = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: YAMLError.nestingTooDeep(limit: 64, at: at(1, 65))) {
            try load(text)
        }
        let shallow = YAMLLimits(maxFileBytes: 1 << 20, maxDepth: 2, maxAliasExpansion: 100)
        #expect(throws: YAMLError.nestingTooDeep(limit: 2, at: at(3, 5))) {
            try load("a:\n  b:\n    c: 1\n", limits: shallow)
        }
    }

    @Test func anAliasCannotNestPastTheLimit() {
        let limits = YAMLLimits(maxFileBytes: 1 << 20, maxDepth: 3, maxAliasExpansion: 100)
        #expect(throws: YAMLError.nestingTooDeep(limit: 3, at: at(2, 10))) {
            try load("a: &x [[1]]\nb: [[1], *x]\n", limits: limits)
        }
    }

    @Test func bytesOverTheSizeLimitAreRefused() {
        let limits = YAMLLimits(maxFileBytes: 10, maxDepth: 64, maxAliasExpansion: 100)
        #expect(throws: YAMLError.fileTooLarge(file: testFile, bytes: 11, limit: 10)) {
            try load("key: value\n", limits: limits)
        }
    }

    @Test func filesAreReadWithTheirPathInEveryLocation() throws {
        let file = try TemporaryFile(contents: "title: Phishing\n")
        let node = try YAMLLoader().load(contentsOfFile: file.path)
        #expect(node?["title"]?.location == SourceLocation(file: file.path, line: 1, column: 8))
    }

    @Test func filesOverTheSizeLimitAreRefusedBeforeReading() throws {
        let file = try TemporaryFile(contents: String(repeating: "# padding\n", count: 10))
        let limits = YAMLLimits(maxFileBytes: 50, maxDepth: 64, maxAliasExpansion: 100)
        #expect(throws: YAMLError.fileTooLarge(file: file.path, bytes: 100, limit: 50)) {
            try YAMLLoader(limits: limits).load(contentsOfFile: file.path)
        }
    }

    @Test func missingFilesAndFoldersAreUnreadable() throws {
        let missing = NSTemporaryDirectory() + "/no-such-playbook-\(UUID().uuidString).yaml"
        #expect {
            try YAMLLoader().load(contentsOfFile: missing)
        } throws: { error in
            guard case .unreadable(let file, _) = error as? YAMLError else { return false }
            return file == missing
        }
        #expect(throws: YAMLError.unreadable(file: "/", reason: "it is not a regular file")) {
            try YAMLLoader().load(contentsOfFile: "/")
        }
    }
}

/// A file in the temporary folder, removed when the value goes away.
private final class TemporaryFile {
    let path: String

    init(contents: String) throws {
        path = NSTemporaryDirectory() + "/playbook-yaml-test-\(UUID().uuidString).yaml"
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
