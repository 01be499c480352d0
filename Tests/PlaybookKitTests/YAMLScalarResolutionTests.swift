import PlaybookKit
import Testing

/// Plain scalars resolve by the YAML 1.2 core schema; quoted and block ones stay text;
/// explicit tags decide when given.
@Suite struct YAMLScalarResolutionTests {
    private func value(_ text: String) throws -> ScalarValue? {
        try root("v: \(text)\n")["v"]?.scalar?.value
    }

    /// `NO` is Norway's country code; YAML 1.1 read it, `yes`, `on` and `off` as booleans.
    @Test(arguments: [
        "yes", "no", "on", "off", "NO", "y", "n", "Yes", "tRUE", "nULL", "1_000", "0b101", "1:30", "2025-03-14",
        "-0x1F", "e3", "0x", "+.nan",
    ])
    func yamlOneOneFormsStayText(_ text: String) throws {
        #expect(try value(text) == .string(text))
    }

    @Test(arguments: [
        ("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false),
    ])
    func onlyTrueAndFalseAreBooleans(_ text: String, _ expected: Bool) throws {
        #expect(try value(text) == .bool(expected))
    }

    @Test(arguments: ["~", "null", "Null", "NULL", ""])
    func nullForms(_ text: String) throws {
        #expect(try value(text) == .null)
    }

    @Test(arguments: [
        ("0", 0), ("-17", -17), ("+42", 42), ("012", 12), ("0o17", 15), ("0x1F", 31), ("0xff", 255),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
    ])
    func integers(_ text: String, _ expected: Int) throws {
        #expect(try value(text) == .int(expected))
    }

    @Test(arguments: [
        ("1.5", 1.5), ("-.5", -0.5), ("+1.", 1.0), ("1e3", 1000.0), ("1.5E-2", 0.015), (".inf", Double.infinity),
        ("-.Inf", -Double.infinity), ("+.INF", Double.infinity),
    ])
    func floats(_ text: String, _ expected: Double) throws {
        #expect(try value(text) == .float(expected))
    }

    @Test(arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(_ text: String) throws {
        guard case .float(let number) = try value(text) else {
            Issue.record("\(text) did not resolve to a float")
            return
        }
        #expect(number.isNaN)
    }

    @Test func integersBeyondIntBecomeTheNearestDouble() throws {
        #expect(try value("9223372036854775808") == .float(9_223_372_036_854_775_808))
        #expect(try value("-99999999999999999999") == .float(-1e20))
        #expect(try value("0x10000000000000000") == .float(18_446_744_073_709_551_616))
        #expect(try root("v: 99999999999999999999\n")["v"]?.scalar?.text == "99999999999999999999")
    }

    @Test func quotedAndBlockScalarsAreAlwaysText() throws {
        let node = try root("a: \"true\"\nb: '123'\nc: |\n  42\nd: >-\n  null\ne: \"\"\n")
        #expect(node["a"]?.scalar == YAMLScalar(text: "true", style: .doubleQuoted, value: .string("true")))
        #expect(node["b"]?.scalar == YAMLScalar(text: "123", style: .singleQuoted, value: .string("123")))
        #expect(node["c"]?.scalar == YAMLScalar(text: "42\n", style: .literal, value: .string("42\n")))
        #expect(node["d"]?.scalar == YAMLScalar(text: "null", style: .folded, value: .string("null")))
        #expect(node["e"]?.scalar?.value == .string(""))
        #expect(node["a"]?.tag == nil)
    }

    @Test func coreTagsDecideTheValueAndAreStoredResolved() throws {
        let node = try root(
            """
            s: !!str 123
            i: !!int "42"
            f: !!float 1
            b: !!bool "false"
            n: !!null ""
            full: !<tag:yaml.org,2002:int> 0x10
            bare: ! 123
            """)
        #expect(node["s"]?.scalar?.value == .string("123"))
        #expect(node["s"]?.tag == "tag:yaml.org,2002:str")
        #expect(node["i"]?.scalar?.value == .int(42))
        #expect(node["i"]?.tag == "tag:yaml.org,2002:int")
        #expect(node["f"]?.scalar?.value == .float(1))
        #expect(node["b"]?.scalar?.value == .bool(false))
        #expect(node["n"]?.scalar?.value == .null)
        #expect(node["full"]?.scalar?.value == .int(16))
        #expect(node["bare"]?.scalar?.value == .string("123"))
        #expect(node["bare"]?.tag == "tag:yaml.org,2002:str")
    }

    @Test func otherTagsAreKeptAndTheValueResolvedByStyle() throws {
        let node = try root("p: !local 12\nq: !local \"12\"\nr: !!binary aGk=\nm: !!map {}\nl: ! [a]\n")
        #expect(node["p"]?.tag == "!local")
        #expect(node["p"]?.scalar?.value == .int(12))
        #expect(node["q"]?.scalar?.value == .string("12"))
        #expect(node["r"]?.tag == "tag:yaml.org,2002:binary")
        #expect(node["r"]?.scalar?.value == .string("aGk="))
        #expect(node["m"]?.tag == "tag:yaml.org,2002:map")
        #expect(node["l"]?.tag == "tag:yaml.org,2002:seq")
    }

    @Test(arguments: [
        ("!!bool yes", "!!bool", "yes"), ("!!int 1.5", "!!int", "1.5"), ("!!int abc", "!!int", "abc"),
        ("!!float 0x1F", "!!float", "0x1F"), ("!!null 0", "!!null", "0"),
        ("!!int 99999999999999999999", "!!int", "99999999999999999999"),
    ])
    func aCoreTagThatDoesNotFitItsTextIsAnError(_ source: String, _ tag: String, _ text: String) {
        #expect(throws: YAMLError.invalidTaggedValue(tag: tag, text: text, at: at(2, 4))) {
            try load("a: 1\nb: \(source)\n")
        }
    }
}
