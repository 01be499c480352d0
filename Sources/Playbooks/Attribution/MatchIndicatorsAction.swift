import PlaybookKit

/// `attribution.match-indicators`: checks indicators against lists the person has on
/// their machine (from a CERT, a research lab, a partner), without sending them anywhere.
enum MatchIndicatorsAction {
    static let descriptor = ActionDescriptor(
        name: "match-indicators",
        summary: "Looks indicators up in local plain lists and STIX 2.1 bundles the person named.",
        parameters: [
            ParameterDescriptor(
                "indicators", .list, "Indicators as text, or records with a 'value' (such as extract-indicators gives)."
            ),
            ParameterDescriptor("files", .list, "Paths of the indicator lists, as the person named them."),
        ],
        outputs: [
            OutputDescriptor(
                "matches", .list,
                "Records {indicator, defanged, source, name, listed}, one per indicator and list entry."),
            OutputDescriptor("matched", .bool, "Whether anything matched."),
            OutputDescriptor("count", .number, "How many matches."),
            OutputDescriptor(
                "skipped-patterns", .number,
                "How many STIX pattern parts were not usable (AND, qualifiers, other operators)."),
            OutputDescriptor("checked", .number, "How many indicators were looked up."),
            OutputDescriptor("listed", .number, "How many usable entries the lists hold."),
        ]
    )

    static func perform(_ request: ActionRequest, context: ActionContext, text: FacetText) throws(ActionError) -> ActionResult {
        let indicators = try strings(request.list("indicators"), parameter: "indicators", recordKey: "value", text: text)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        let paths = try strings(request.list("files"), parameter: "files", recordKey: nil, text: text)
        guard !paths.isEmpty else {
            throw .invalidParameter("files", text("match.no-files"))
        }
        var feeds: [IndicatorFeed] = []
        for path in paths {
            let data = try context.files.read(path)
            guard let contents = String(validating: data, as: UTF8.self) else {
                throw .fileUnavailable(path, reason: text("match.not-utf8"))
            }
            do throws(IndicatorFeed.ReadError) {
                feeds.append(try IndicatorFeed(text: contents, source: fileName(path)))
            } catch {
                throw .fileUnavailable(path, reason: error.reason(in: text))
            }
        }
        let matches = IndicatorMatcher.matches(of: indicators, in: feeds)
        let skipped = feeds.map(\.skippedPatterns).reduce(0, +)
        var messages = [
            matches.isEmpty
                ? text("match.none", "\(indicators.count)")
                : matches.count == 1 ? text("match.one") : text("match.many", "\(matches.count)")
        ]
        if skipped > 0 {
            messages.append(skipped == 1 ? text("match.skipped.one") : text("match.skipped.many", "\(skipped)"))
        }
        return ActionResult(
            outputs: [
                "matches": .list(matches.map(\.record)),
                "matched": .bool(!matches.isEmpty),
                "count": .number(Double(matches.count)),
                "skipped-patterns": .number(Double(skipped)),
                "checked": .number(Double(indicators.count)),
                "listed": .number(Double(feeds.map(\.entries.count).reduce(0, +))),
            ],
            messages: messages
        )
    }

    /// The items of a list parameter as text; records give their `recordKey` field.
    private static func strings(
        _ items: [Value], parameter: String, recordKey: String?, text: FacetText
    ) throws(ActionError) -> [String] {
        var result: [String] = []
        for (offset, item) in items.enumerated() {
            if let value = item.string {
                result.append(value)
            } else if let recordKey, let value = item.record?[recordKey]?.string {
                result.append(value)
            } else {
                let number = "\(offset + 1)"
                throw .invalidParameter(
                    parameter,
                    recordKey.map { text("match.bad-item-or-record", number, item.type.description, $0) }
                        ?? text("match.bad-item", number, item.type.description))
            }
        }
        return result
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
