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

    static func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        let services = try serviceKeys(request)
        let ranked = context.directory.ranked(for: services, language: try language(request), region: try region(request))
        let referrals = ranked.prefix(try limit(request)).map { Referral(organisation: $0, needed: services) }
        let message =
            referrals.isEmpty
            ? fallbackMessage(services: services, directory: context.directory)
            : "\(referrals.count) organisation\(referrals.count == 1 ? "" : "s") can help with "
                + "\(services.joined(separator: ", ")); the best match comes first."
        return ActionResult(
            outputs: [
                "referrals": .list(referrals.map(\.record)),
                "count": .number(Double(referrals.count)),
                "message": .string(message),
            ],
            messages: [message])
    }

    private static func fallbackMessage(services: [String], directory: ResponderDirectory) -> String {
        let needed = services.joined(separator: ", ")
        let helplines = directory.matching(service: helplineService)
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
        guard !helplines.isEmpty else {
            return "No organisation in the directory offers \(needed), and it lists no general helpline. Ask an "
                + "organisation you already trust to refer you."
        }
        let names = helplines.map { "\($0.name) (\($0.website))" }.joined(separator: "; ")
        return "No organisation in the directory offers \(needed). These general digital security helplines can "
            + "point you to someone who does: \(names)."
    }

    private static func serviceKeys(_ request: ActionRequest) throws(ActionError) -> [String] {
        let items = try request.list("services")
        guard !items.isEmpty else {
            throw .invalidParameter("services", "name at least one service, such as digital_helpline")
        }
        var keys: [String] = []
        for item in items {
            guard let text = item.string else {
                throw .invalidParameter("services", "each service is a key such as legal, not \(item.type.description)")
            }
            let key = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
            guard ResponderDirectory.serviceKeys.contains(key) else {
                let accepted = ResponderDirectory.serviceKeys.sorted().joined(separator: ", ")
                throw .invalidParameter("services", "'\(text)' is not a known service; use one of: \(accepted)")
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return keys
    }

    private static func language(_ request: ActionRequest) throws(ActionError) -> String? {
        guard let text = try request.optionalString("language") else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.isEmpty { return nil }
        let code = trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw .invalidParameter("language", "give a language code such as en, es or ar")
        }
        return code
    }

    private static func region(_ request: ActionRequest) throws(ActionError) -> String? {
        guard let text = try request.optionalString("region") else { return nil }
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: "-")
        if key.isEmpty { return nil }
        guard key.count <= 64, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw .invalidParameter("region", "give a region name such as latin-america or east-africa")
        }
        return key
    }

    private static func limit(_ request: ActionRequest) throws(ActionError) -> Int {
        guard let number = try request.optionalNumber("limit") else { return defaultLimit }
        guard number.isFinite, number == number.rounded(), number >= 1, number <= Double(maximumLimit) else {
            throw .invalidParameter("limit", "give a whole number from 1 to \(maximumLimit)")
        }
        return Int(number)
    }
}
