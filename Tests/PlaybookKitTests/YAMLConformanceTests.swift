import Foundation
import PlaybookKit
import Testing

/// Runs every case of the official YAML test suite (../shared/yaml-test-suite beside the
/// package): valid inputs must load to the data of their `in.json`, or at least load
/// when JSON cannot express them; invalid ones must fail with a located error.
///
/// A clone outside the project's workspace has no ../shared: the suite is then skipped,
/// saying why, instead of failing; `.ci/run` refuses to run without it, so CI always runs
/// every case.
@Suite(.enabled(if: SharedFolder.hasYAMLTestSuite, SharedFolder.skipReason))
struct YAMLConformanceTests {
    /// One case folder (or numbered sub-folder) of the suite.
    struct Case: Sendable, CustomTestStringConvertible {
        var id: String
        var folder: URL
        var name: String

        var testDescription: String { "\(id) \(name)" }
    }

    static let suiteFolder = SharedFolder.yamlTestSuite

    static let cases: [Case] = {
        let files = FileManager.default
        guard let ids = try? files.contentsOfDirectory(atPath: suiteFolder.path) else { return [] }
        var cases: [Case] = []
        for id in ids.sorted() {
            let folder = suiteFolder.appendingPathComponent(id)
            if files.fileExists(atPath: folder.appendingPathComponent("in.yaml").path) {
                cases.append(Case(id: id, folder: folder, name: caseName(folder)))
            } else if let subfolders = try? files.contentsOfDirectory(atPath: folder.path) {
                for sub in subfolders.sorted()
                where files.fileExists(atPath: folder.appendingPathComponent("\(sub)/in.yaml").path) {
                    let subfolder = folder.appendingPathComponent(sub)
                    cases.append(Case(id: "\(id)/\(sub)", folder: subfolder, name: caseName(subfolder)))
                }
            }
        }
        return cases
    }()

    /// Cases where we knowingly differ from the suite, grouped by reason: all but one
    /// are limits of libyaml 0.2.5, the version this project builds against.
    static let knownExceptions: [String: String] = {
        let groups: [(reason: String, ids: [String])] = [
            (
                "we reject duplicate keys, here two equal sequence keys (one through an alias)",
                ["X38W"]
            ),
            (
                "libyaml 0.2.5 rejects empty implicit keys (': value')",
                ["2JQS", "6M2F", "CFD4", "FRK4", "M2N8/00", "NHX8", "NKF9", "S3PD", "SM9W/01", "UKK6/00"]
            ),
            (
                "libyaml 0.2.5 mis-scans plain scalars starting with ':' or '?' in flow context",
                ["4ABK", "58MP", "5T43", "652Z", "DBG4", "HM87/00", "HM87/01"]
            ),
            (
                "libyaml 0.2.5 rejects flow mapping keys whose ':' or text continues on a later line",
                ["4MUZ/00", "4MUZ/01", "4MUZ/02", "5MUD", "9SA2", "K3WX", "NJ66", "UT92", "VJP3/01"]
            ),
            (
                "libyaml 0.2.5 rejects tabs that YAML 1.2 allows as separation or block scalar content",
                [
                    "6BCT", "6CA3", "96NN/00", "96NN/01", "A2M4", "DK95/00", "DK95/03", "DK95/04", "Q5MG",
                    "R4YG", "Y79Y/001", "Y79Y/010",
                ]
            ),
            (
                "libyaml 0.2.5 rejects unknown directives and '%YAML 1.3', which YAML 1.2 says to ignore",
                ["2LFX", "6LVF", "BEC7", "MUS6/05", "MUS6/06"]
            ),
            (
                "libyaml 0.2.5 mishandles documents after or around a '...' marker and '%' lines in content",
                ["7Z25", "HWV9", "M7A3", "QT73", "W4TN"]
            ),
            (
                "libyaml 0.2.5 ends a zero-indented block scalar at the first unindented line",
                ["DK3J", "FP8R"]
            ),
            (
                "libyaml 0.2.5 allows only letters, digits, '-' and '_' in anchor names",
                ["2SXE", "8XYN", "W5VH", "Y2GN"]
            ),
            (
                "libyaml 0.2.5 drops a block scalar's last line of spaces at the end of the stream",
                ["JEF9/02", "L24T/01"]
            ),
            (
                "libyaml 0.2.5 accepts this input although YAML 1.2 forbids it",
                [
                    "9C9N", "9HCY", "9JBA", "CVW2", "DK95/01", "EB22", "G5U8", "MUS6/00", "MUS6/01", "QB6E",
                    "RHX7", "S98Z", "SU5Z", "X4QW", "Y79Y/003", "YJV2",
                ]
            ),
        ]
        return Dictionary(uniqueKeysWithValues: groups.flatMap { group in group.ids.map { ($0, group.reason) } })
    }()

    private static func caseName(_ folder: URL) -> String {
        let name = try? String(contentsOf: folder.appendingPathComponent("==="), encoding: .utf8)
        return name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    @Test func suiteIsPresent() {
        #expect(Self.cases.count > 300, "expected the YAML test suite at \(Self.suiteFolder.path)")
    }

    @Test(arguments: cases) func conformance(_ testCase: Case) throws {
        if let reason = Self.knownExceptions[testCase.id] {
            withKnownIssue(Comment(rawValue: reason)) { try check(testCase) }
        } else {
            try check(testCase)
        }
    }

    private func check(_ testCase: Case) throws {
        let input = try [UInt8](Data(contentsOf: testCase.folder.appendingPathComponent("in.yaml")))
        let file = testCase.id + "/in.yaml"
        let expectsError = FileManager.default.fileExists(atPath: testCase.folder.appendingPathComponent("error").path)
        let result = Result { () throws(YAMLError) in try YAMLLoader().loadAll(input, file: file) }
        if expectsError {
            guard case .failure(let error) = result else {
                Issue.record("the input is invalid, but it loaded")
                return
            }
            #expect(error.location.file == file)
            #expect(error.location.line >= 1 && error.location.column >= 1)
            return
        }
        let documents = try result.get()
        let jsonURL = testCase.folder.appendingPathComponent("in.json")
        guard let json = try? String(contentsOf: jsonURL, encoding: .utf8) else { return }
        let expected = try JSONValue.parseAll(json)
        let actual = try documents.map(Self.json)
        #expect(actual == expected)
    }

    /// The node as JSON; mapping keys become their scalar text.
    private static func json(_ node: YAMLNode) throws -> JSONValue {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let value): return .bool(value)
            case .int(let value): return .number(Double(value))
            case .float(let value): return .number(value)
            case .string(let value): return .string(value)
            }
        case .sequence(let items):
            return .array(try items.map(json))
        case .mapping(let pairs):
            var members: [String: JSONValue] = [:]
            for pair in pairs {
                guard let key = pair.key.scalar?.text else { throw NonScalarKey() }
                members[key] = try json(pair.value)
            }
            return .object(members)
        }
    }

    private struct NonScalarKey: Error {}
}
