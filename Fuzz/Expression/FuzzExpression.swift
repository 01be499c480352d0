import FuzzSupport
import PlaybookKit

/// Answers an expression may look up: one of each kind of value.
private let answers: [String: Value] = [
    "a": "x", "n": 3, "b": true, "d": "2026-11-27", "l": ["x", 2, false], "r": ["k": "v", "n": 1.5], "z": .null,
]

private func lookup(_ path: [String]) -> Value? {
    guard let first = path.first, var value = answers[first] else { return nil }
    for field in path.dropFirst() {
        guard case .record(let fields) = value, let inner = fields[field] else { return nil }
        value = inner
    }
    return value
}

/// The program: hands `fuzz` to libFuzzer.
@main
enum FuzzExpression {
    static func main() {
        FuzzDriver.run(fuzz)
    }
}

/// libFuzzer's entry point for the expression parser: any text parses or fails at an
/// offset inside it, a parsed expression evaluates without crashing and reads back from
/// its description, the same text as a template behaves alike, and in a playbook the
/// syntax error points at its column.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let source = String(decoding: FuzzInput.bytes(data, size), as: UTF8.self)
    let length = source.unicodeScalars.count
    var syntaxError: ExpressionError?
    do {
        let expression = try ExpressionParser.parse(source)
        _ = try? expression.evaluate(lookup)
        _ = try? expression.evaluateCondition(lookup)
        let written = expression.description
        if let again = try? ExpressionParser.parse(written) {
            Invariant.require(again.description == written, "'\(written)' reads back as '\(again.description)'")
        }
    } catch {
        syntaxError = error
        Invariant.require((0...length).contains(error.offset) && !error.message.isEmpty, "error outside the text: \(error)")
    }
    do {
        let template = try Template.parse(source)
        _ = try? template.render(lookup)
    } catch {
        Invariant.require((0...length).contains(error.offset) && !error.message.isEmpty, "template error outside the text: \(error)")
    }
    checkInPlaybook(source, syntaxError: syntaxError)
    return 0
}

/// Decodes and validates a playbook routing on `source`; the decoder must refuse the
/// condition exactly when the parser does, on the condition's line, at the offending
/// column when the text needs no escapes.
private func checkInPlaybook(_ source: String, syntaxError: ExpressionError?) {
    let quoted = YAMLQuoting.doubleQuoted(source)
    let yaml = """
        id: p
        title: Fuzz
        facet: care
        summary: An expression under test.
        reviewed: 2026-11-01
        steps:
          start:
            ask: Pick one.
            options:
              - value: a
                next: route
          route:
            route:
              - when: \(quoted)
                next: done
              - otherwise: done
          done:
            say: Done.
            end: resolved

        """
    let bytes = Array(yaml.utf8)
    let file = "p.yaml"
    let root: YAMLNode?
    do {
        root = try YAMLLoader().load(bytes, file: file)
    } catch {
        fatalError("the quoted expression is not valid YAML: \(error.message)")
    }
    guard let root else { fatalError("the generated playbook is empty") }
    let (playbook, diagnostics) = PlaybookDecoder.decode(root, source: yaml, contentHash: "fuzz")
    let conditionLine = 14
    let conditionColumn = 15
    let reported = diagnostics.filter { $0.rule == "expression-syntax" }
    Invariant.require(
        reported.count == (syntaxError == nil ? 0 : 1),
        "the parser \(syntaxError == nil ? "accepted" : "refused") the condition, the decoder reported \(reported.count) syntax errors")
    for diagnostic in reported {
        Invariant.require(diagnostic.location.line == conditionLine, "syntax error off the condition's line: \(diagnostic.location)")
        if let syntaxError, YAMLQuoting.isVerbatim(source) {
            Invariant.require(
                diagnostic.location.column == conditionColumn + 1 + syntaxError.offset,
                "syntax error at \(diagnostic.location), not at offset \(syntaxError.offset)")
        }
    }
    if let playbook {
        _ = PlaybookValidator(library: [playbook.id: playbook], registry: FacetRegistry()).validate(playbook)
    }
}
