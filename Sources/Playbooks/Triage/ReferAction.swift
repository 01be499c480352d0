import Foundation
import PlaybookKit

/// `triage.refer`: finds organisations in the responder directory that offer what the
/// defender needs, with their checked contact methods; when none does, points to the
/// general digital security helplines, which can refer onwards.
enum ReferAction {
    /// How many referrals when the playbook gives no `limit`: few enough to choose from
    /// under stress.
    static let defaultLimit = 5
    /// The most referrals a playbook may ask for.
    static let maximumLimit = 50
    /// The service of organisations that take any digital emergency and refer onwards.
    static let helplineService = "digital_helpline"

    static let descriptor = ActionDescriptor(
        name: "refer",
        summary: "Finds organisations that offer the services needed, best match first, with their checked contacts.",
        parameters: [
            ParameterDescriptor(
                "services", .list, "Service keys needed, e.g. digital_helpline, legal, psychosocial, ddos_protection."),
            ParameterDescriptor("language", .string, required: false, "A language code such as es or ar, to rank by."),
            ParameterDescriptor(
                "region", .string, required: false, "A region such as latin-america, to rank by; global counts."),
            ParameterDescriptor(
                "limit", .number, required: false, "How many organisations at most (1 to 50; 5 when not given)."),
        ],
        outputs: [
            OutputDescriptor(
                "referrals", .list,
                "Records {id, name, services (the matched ones), website, contacts (`kind: value`), languages, checked}."),
            OutputDescriptor("count", .number, "How many referrals."),
            OutputDescriptor("message", .string, "A sentence for the person; when nothing matched, where to turn instead."),
        ]
    )

    static func perform(_ request: ActionRequest, context: ActionContext, text: FacetText) throws(ActionError) -> ActionResult {
        let services = try serviceKeys(request, text: text)
        let ranked = context.directory.ranked(
            for: services, language: try language(request, text: text), region: try region(request, text: text))
        let referrals = ranked.prefix(try limit(request, text: text)).map { Referral(organisation: $0, needed: services) }
        let needed = services.joined(separator: ", ")
        let message =
            referrals.isEmpty
            ? fallbackMessage(needed: needed, directory: context.directory, text: text)
            : referrals.count == 1
                ? text("refer.found.one", needed) : text("refer.found.many", "\(referrals.count)", needed)
        return ActionResult(
            outputs: [
                "referrals": .list(referrals.map(\.record)),
                "count": .number(Double(referrals.count)),
                "message": .string(message),
            ],
            messages: [message])
    }

    private static func fallbackMessage(needed: String, directory: ResponderDirectory, text: FacetText) -> String {
        let helplines = directory.matching(service: helplineService)
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
        guard !helplines.isEmpty else { return text("refer.none", needed) }
        let names = helplines.map { "\($0.name) (\($0.website))" }.joined(separator: "; ")
        return text("refer.helplines", needed, names)
    }

    private static func serviceKeys(_ request: ActionRequest, text: FacetText) throws(ActionError) -> [String] {
        let items = try request.list("services")
        guard !items.isEmpty else {
            throw .invalidParameter("services", text("refer.no-services"))
        }
        var keys: [String] = []
        for item in items {
            guard let given = item.string else {
                throw .invalidParameter("services", text("refer.service-not-text", item.type.description))
            }
            let key = given.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            guard ResponderDirectory.serviceKeys.contains(key) else {
                let accepted = ResponderDirectory.serviceKeys.sorted().joined(separator: ", ")
                throw .invalidParameter("services", text("refer.unknown-service", given, accepted))
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    private static func language(_ request: ActionRequest, text: FacetText) throws(ActionError) -> String? {
        guard let given = try request.optionalString("language") else { return nil }
        let trimmed = given.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.isEmpty { return nil }
        let code = trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw .invalidParameter("language", text("refer.invalid-language"))
        }
        return code
    }

    private static func region(_ request: ActionRequest, text: FacetText) throws(ActionError) -> String? {
        guard let given = try request.optionalString("region") else { return nil }
        let key = given.trimmingCharacters(in: .whitespaces).lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: "-")
        if key.isEmpty { return nil }
        guard key.count <= 64, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw .invalidParameter("region", text("refer.invalid-region"))
        }
        return key
    }

    private static func limit(_ request: ActionRequest, text: FacetText) throws(ActionError) -> Int {
        guard let number = try request.optionalNumber("limit") else { return defaultLimit }
        guard number.isFinite, number == number.rounded(), number >= 1, number <= Double(maximumLimit) else {
            throw .invalidParameter("limit", text("refer.invalid-limit", "\(maximumLimit)"))
        }
        return Int(number)
    }
}
