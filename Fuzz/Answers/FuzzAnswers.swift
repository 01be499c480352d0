import Foundation
import FuzzSupport
import PlaybookKit

/// A playbook with every kind of step an answers file answers: single and multiple
/// choice, each input type, a checklist, routes on the answers and templates showing them.
private let playbookSource = """
    id: answers
    title: Answers under test
    facet: triage
    summary: Every kind of step an answers file can answer.
    reviewed: 2026-11-01
    steps:
      kind:
        ask: What is happening?
        options:
          - {label: Our site is down, value: ddos, next: requests}
          - {label: A strange message, value: phishing, next: since}
      requests:
        ask: How many requests a second?
        input: number
        next: since
      since:
        ask: Since when?
        input: date
        next: site
      site:
        ask: Which site?
        input: url
        next: ongoing
      ongoing:
        ask: Is it still going on?
        input: yes-no
        next: describe
      describe:
        ask: Describe it.
        input: text
        next: affected
      affected:
        ask: What is affected?
        multiple: true
        options:
          - {label: Email, value: email}
          - {label: Website, value: web}
        next: todo
      todo:
        checklist:
          - {id: backup, text: Back up the site.}
          - {id: tell, text: Tell the team., optional: true}
        next: decide
      decide:
        route:
          - when: kind == 'ddos' and requests > 100
            next: large
          - when: ongoing and 'web' in affected
            next: large
          - otherwise: small
      large:
        say: "{{ requests }} requests a second to {{ site }} since {{ since }}: {{ describe }}"
        end: monitoring
      small:
        say: "Noted: {{ describe }}"
        end: resolved

    """

/// The engine over that playbook, decoded once.
private let engine: Engine = {
    guard let root = try? YAMLLoader().load(Array(playbookSource.utf8), file: "answers.yaml"),
        let playbook = PlaybookDecoder.decode(root, source: playbookSource, contentHash: "fuzz").playbook
    else { fatalError("the fuzz target's playbook does not decode") }
    return Engine(playbooks: [playbook], registry: FacetRegistry())
}()

/// The program: hands `fuzz` to libFuzzer.
@main
enum FuzzAnswers {
    static func main() {
        FuzzDriver.run(fuzz)
    }
}

/// libFuzzer's entry point for the answers-file reader, as `playbook run --answers`
/// uses it: any bytes give a script or located errors, every answer goes through the
/// typed-answer parser, and a scripted run with the script ends or says where it stopped.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    let file = "fuzz-answers.yaml"
    let extent = InputExtent(file: file, bytes: bytes)
    guard let root = FuzzDocument.load(bytes, in: extent) else { return 0 }
    let (script, diagnostics) = AnswerScript.decode(root)
    Invariant.require((script == nil) == !diagnostics.isEmpty, "a script comes with no diagnostics, or none with some")
    for diagnostic in diagnostics {
        Invariant.requireLocated(diagnostic.location, in: extent, "the answers reader's '\(diagnostic.rule)'")
    }
    guard let script else { return 0 }
    for entry in script.entries {
        Invariant.requireLocated(entry.location, in: extent, "the answer to '\(entry.key)'")
        if case .one(let text) = entry.answer { parseAsEveryType(text) }
    }
    let context = ActionContext(clock: FixedClock(start: Date(timeIntervalSince1970: 1_795_000_000)))
    do throws(RunFailure) {
        _ = try SessionDriver.run("answers", script: script, engine: engine, context: context)
    } catch {
        if case .engine(.unknownPlaybook) = error { fatalError("the run did not start") }
        if case .invalidAnswer(let location, _) = error { Invariant.requireLocated(location, in: extent, "the refused answer") }
    }
    return 0
}

/// Reads `text` as every input type; what is accepted must be a value of that type.
private func parseAsEveryType(_ text: String) {
    for type in InputType.allCases {
        guard let value = try? AnswerParser.value(text, as: type, step: "step") else { continue }
        switch (type, value) {
        case (.text, .string), (.yesNo, .bool): break
        case (.number, .number(let number)): Invariant.require(number.isFinite, "a number answer '\(text)' read as \(number)")
        case (.date, .string(let date)): Invariant.require(CalendarDate(date) != nil, "a date answer '\(text)' stored as '\(date)'")
        case (.url, .string(let url)):
            let scheme = url.lowercased()
            Invariant.require(scheme.hasPrefix("https://") || scheme.hasPrefix("http://"), "a web address '\(text)' stored as '\(url)'")
        default: fatalError("'\(text)' read as \(type.rawValue) gave \(value)")
        }
    }
}
