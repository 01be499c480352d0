import PlaybookKit

/// `attribution.extract-indicators`: lists the URLs, domains, IP addresses, e-mail
/// addresses and hashes in pasted text, defanged, so a defender can share them with a
/// helper or check them against a list without opening anything.
enum ExtractIndicatorsAction {
    static let descriptor = ActionDescriptor(
        name: "extract-indicators",
        summary: "Finds URLs, domains, IP addresses, e-mail addresses and hashes in pasted text, defanged for sharing.",
        parameters: [
            ParameterDescriptor("text", .string, "The pasted text; it may already be defanged (hxxp, [.], [at]).")
        ],
        outputs: [
            OutputDescriptor("indicators", .list, "Every indicator once, in order: records {type, value, defanged}."),
            OutputDescriptor("count", .number, "How many indicators were found."),
            OutputDescriptor("urls", .list, "The URLs, defanged."),
            OutputDescriptor("domains", .list, "The domains outside URLs and e-mail addresses, defanged."),
            OutputDescriptor("ipv4", .list, "The IPv4 addresses, defanged."),
            OutputDescriptor("ipv6", .list, "The IPv6 addresses, defanged."),
            OutputDescriptor("emails", .list, "The e-mail addresses, defanged."),
            OutputDescriptor("hashes", .list, "The MD5, SHA-1 and SHA-256 hashes, in lower case."),
        ]
    )

    static func perform(_ request: ActionRequest, text: FacetText) throws(ActionError) -> ActionResult {
        let pasted = try request.string("text")
        guard pasted.utf8.count <= IndicatorExtractor.maximumLength else {
            throw .invalidParameter("text", text("extract.too-long", "\(IndicatorExtractor.maximumLength >> 20)"))
        }
        let indicators = IndicatorExtractor.extract(from: pasted)
        var outputs: [String: Value] = [
            "indicators": .list(indicators.map(\.record)),
            "count": .number(Double(indicators.count)),
        ]
        for key in IndicatorKind.listKeys {
            outputs[key] = .list(indicators.filter { $0.kind.listKey == key }.map { .string($0.defanged) })
        }
        let message =
            switch indicators.count {
            case 0: text("extract.none")
            case 1: text("extract.one")
            default: text("extract.many", "\(indicators.count)")
            }
        return ActionResult(outputs: outputs, messages: [message])
    }
}
