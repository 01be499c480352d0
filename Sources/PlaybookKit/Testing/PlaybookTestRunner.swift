import Foundation

/// Runs playbook test cases through the `SessionDriver`: stubbed actions give their
/// stubbed outputs, other actions run for real with network access always declined, no
/// file of the person readable, a fixed clock and files kept in memory per case. Runs
/// are therefore the same on every machine and every day.
public struct PlaybookTestRunner {
    /// The engine over the library's playbooks and facets.
    public var engine: Engine
    /// The organisations actions may look up.
    public var directory: ResponderDirectory
    /// Where actions find the library's data files.
    public var libraryRoots: [URL]

    /// The instant every test run starts at: 2026-01-15 09:00 UTC.
    public static let startDate = Date(timeIntervalSince1970: 1_768_467_600)

    /// Creates a runner.
    public init(engine: Engine, directory: ResponderDirectory, libraryRoots: [URL]) {
        self.engine = engine
        self.directory = directory
        self.libraryRoots = libraryRoots
    }

    /// Runs every case of `file`, in order.
    public func run(_ file: PlaybookTestFile) -> [PlaybookTestResult] {
        file.cases.map { run($0, in: file) }
    }

    /// Runs one case of `file`.
    public func run(_ testCase: PlaybookTestCase, in file: PlaybookTestFile) -> PlaybookTestResult {
        func result(_ failures: [TestFailure], state: SessionState? = nil) -> PlaybookTestResult {
            PlaybookTestResult(file: file.path, name: testCase.name, location: testCase.location, failures: failures, state: state)
        }
        guard engine.playbooks[file.playbook] != nil else {
            let known = engine.playbooks.keys.sorted()
            return result([TestFailure(at: file.playbookLocation, "there is no playbook '\(file.playbook)' in the library\(Suggestion.hint(for: file.playbook, in: known)); check the id, or run 'playbook lint' to see why it could not be read")])
        }
        guard testCase.problems.isEmpty else {
            return result(testCase.problems.map { TestFailure(at: $0.location, $0.message) })
        }
        let keyProblems = checkKeys(of: testCase, playbook: file.playbook)
        guard keyProblems.isEmpty else { return result(keyProblems) }

        let context = ActionContext(clock: FixedClock(start: Self.startDate), directory: directory, libraryRoots: libraryRoots)
        let state: SessionState
        let failure: RunFailure?
        do throws(RunFailure) {
            var driver = try SessionDriver.start(
                file.playbook, engine: engine, context: context, network: .decline, stubs: testCase.stubs,
                readsTypedFiles: false)
            var input = ScriptedInput(testCase.answers)
            let end = driver.run(&input)
            state = end.state
            if case .failed(_, let error) = end { failure = error } else { failure = nil }
        } catch {
            return result([TestFailure(at: file.playbookLocation, error.message)])
        }
        let referrals = engine.referralNeed(of: state).map { directory.referrals(for: $0).shown.map(\.organisation.id) } ?? []
        let report = TestRunReport(state: state, playbook: file.playbook, playbooks: engine.playbooks, referrals: referrals)
        if let failure {
            return result([stopped(failure, report: report, testCase: testCase)], state: state)
        }
        return result(compare(testCase.expectations, with: report, playbook: file.playbook), state: state)
    }

    /// The failure for a run that stopped before an end, with the path so far.
    private func stopped(_ failure: RunFailure, report: TestRunReport, testCase: PlaybookTestCase) -> TestFailure {
        let location: SourceLocation
        let message: String
        switch failure {
        case .invalidAnswer(let at, let text):
            location = at
            message = text
        default:
            location = testCase.location
            message = failure.message
        }
        let diff = testCase.expectations.path.map { PathDiff(expected: normalised($0.value, report.playbook), actual: report.path) }
        let stop = report.path.last.map { " at '\($0)'" } ?? ""
        return TestFailure(at: location, "the run stopped\(stop) before an end: \(message)", diff: diff)
    }

    private func compare(_ expected: TestExpectations, with report: TestRunReport, playbook: String) -> [TestFailure] {
        var failures: [TestFailure] = []
        if let path = expected.path {
            let wanted = normalised(path.value, playbook)
            if wanted != report.path {
                failures.append(TestFailure(at: path.location, "the path differs from the expected one", diff: PathDiff(expected: wanted, actual: report.path)))
            }
        }
        if let end = expected.end {
            let wanted = normalised([end.value], playbook)[0]
            if wanted != report.end {
                failures.append(TestFailure(at: end.location, "expected to end at '\(wanted)', but the run ended at '\(report.end ?? "nothing")'"))
            }
        }
        if let outcome = expected.outcome, outcome.value != report.outcome?.outcome {
            failures.append(TestFailure(at: outcome.location, "expected the outcome '\(outcome.value.rawValue)', but it was '\(report.outcome?.outcome.rawValue ?? "none")'"))
        }
        if let checklist = expected.checklist, let message = setDifference(checklist.value, report.checklistItems, what: "checklist items offered") {
            failures.append(TestFailure(at: checklist.location, message))
        }
        if let refer = expected.refer, let message = setDifference(refer.value, report.outcome?.refer ?? [], what: "services referred to") {
            failures.append(TestFailure(at: refer.location, message))
        }
        let shown = report.referrals.isEmpty ? "none" : report.referrals.joined(separator: ", ")
        let named = [expected.firstReferral.map { ($0.value, $0.location) }].compactMap { $0 }
            + (expected.notReferred.map { list in list.value.map { ($0, list.location) } } ?? [])
        for (id, location) in named where directory.organisation(id) == nil {
            let known = directory.organisations.map(\.id)
            failures.append(TestFailure(at: location, "there is no organisation '\(id)' in the directory\(Suggestion.hint(for: id, in: known))"))
        }
        if let first = expected.firstReferral, report.referrals.first != first.value {
            failures.append(TestFailure(at: first.location, "expected '\(first.value)' to be listed first; the organisations shown were: \(shown)"))
        }
        if let excluded = expected.notReferred {
            let listed = excluded.value.filter(report.referrals.contains)
            if !listed.isEmpty {
                failures.append(TestFailure(at: excluded.location, "expected not to be shown: \(listed.joined(separator: ", ")); the organisations shown were: \(shown)"))
            }
        }
        return failures
    }

    /// A message when `expected` and `actual` do not hold the same items; nil when they do.
    private func setDifference(_ expected: [String], _ actual: [String], what: String) -> String? {
        let missing = uniqued(expected.filter { !actual.contains($0) })
        let extra = uniqued(actual.filter { !expected.contains($0) })
        guard !missing.isEmpty || !extra.isEmpty else { return nil }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("expected but missing: \(missing.joined(separator: ", "))") }
        if !extra.isEmpty { parts.append("not expected: \(extra.joined(separator: ", "))") }
        let listed = actual.isEmpty ? "none" : uniqued(actual).joined(separator: ", ")
        return "the \(what) differ (\(parts.joined(separator: "; "))); they were: \(listed)"
    }

    private func uniqued(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }

    /// Path entries as the report writes them: `<playbook>#<step>` for the playbook under
    /// test is the same as `<step>`.
    private func normalised(_ entries: [String], _ playbook: String) -> [String] {
        entries.map { $0.hasPrefix(playbook + "#") ? String($0.dropFirst(playbook.count + 1)) : $0 }
    }

    // MARK: - Keys that name no step

    /// Answers and stubs whose keys name no step the run could reach, so that a typo
    /// fails at once instead of as a puzzling missing answer.
    private func checkKeys(of testCase: PlaybookTestCase, playbook: String) -> [TestFailure] {
        let reachable = reachablePlaybooks(from: playbook)
        var failures: [TestFailure] = []
        for entry in testCase.answers.entries {
            if case .failure(let message) = resolve(entry.key, playbook: playbook, reachable: reachable) {
                failures.append(TestFailure(at: entry.location, "the answer to '\(entry.key)': \(message)"))
            }
        }
        for stub in testCase.stubs.stubs {
            switch resolve(stub.key, playbook: playbook, reachable: reachable, actionsOnly: true) {
            case .failure(let message):
                failures.append(TestFailure(at: stub.location, "the stub '\(stub.key)': \(message)"))
            case .success(let step):
                failures += checkOutputs(of: stub, at: step)
            }
        }
        return failures
    }

    private enum Resolution {
        case success(Step)
        case failure(String)
    }

    private func resolve(_ key: String, playbook: String, reachable: [Playbook], actionsOnly: Bool = false) -> Resolution {
        let candidates: [Step]
        let parts = key.split(separator: "#", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            guard let other = engine.playbooks[parts[0]] else {
                return .failure("there is no playbook '\(parts[0])'\(Suggestion.hint(for: parts[0], in: engine.playbooks.keys.sorted()))")
            }
            guard let step = other.step(parts[1]) else {
                return .failure("the playbook '\(other.id)' has no step '\(parts[1])'\(Suggestion.hint(for: parts[1], in: other.steps.map(\.id)))")
            }
            candidates = [step]
        } else {
            candidates = reachable.compactMap { $0.step(key) }
            guard !candidates.isEmpty else {
                let ids = reachable.flatMap { $0.steps.map(\.id) }
                return .failure("there is no step '\(key)' in '\(playbook)' or the playbooks it leads to\(Suggestion.hint(for: key, in: ids))")
            }
        }
        guard actionsOnly else { return .success(candidates[0]) }
        guard let action = candidates.first(where: { if case .action = $0.kind { return true } else { return false } }) else {
            return .failure("step '\(candidates[0].id)' is a \(candidates[0].kind.name) step; only action steps can be stubbed (give its answer under 'answers')")
        }
        return .success(action)
    }

    private func checkOutputs(of stub: ActionStubs.Stub, at step: Step) -> [TestFailure] {
        guard case .action(let call) = step.kind, let descriptor = engine.registry.action(call.action)?.action else { return [] }
        var failures: [TestFailure] = []
        let names = descriptor.outputs.map(\.name)
        for (name, value) in stub.outputs.sorted(by: { $0.key < $1.key }) {
            let location = stub.outputLocations[name] ?? stub.location
            guard let declared = descriptor.outputs.first(where: { $0.name == name }) else {
                failures.append(TestFailure(at: location, "'\(name)' is not an output of '\(call.action)'\(Suggestion.hint(for: name, in: names)); it gives \(names.joined(separator: ", "))"))
                continue
            }
            if value != .null, !value.type.fits(declared.type) {
                let hint = declared.type == .bool && value.type == .string ? " (write true or false)" : ""
                failures.append(TestFailure(at: location, "the output '\(name)' of '\(call.action)' is \(declared.type.description), not \(value.type.description)\(hint)"))
            }
        }
        return failures
    }

    /// The playbook and every playbook its jumps lead to, directly or not, in that order.
    private func reachablePlaybooks(from id: String) -> [Playbook] {
        var order: [Playbook] = []
        var seen: Set<String> = [id]
        var queue = [id]
        while !queue.isEmpty {
            let current = queue.removeFirst()
            guard let playbook = engine.playbooks[current] else { continue }
            order.append(playbook)
            for step in playbook.steps {
                for target in step.targets {
                    if let other = target.playbook, seen.insert(other).inserted { queue.append(other) }
                }
            }
        }
        return order
    }
}
