import Foundation
import PlaybookKit

/// `triage.refer`: finds the organisations in the responder directory that fit what the
/// defender needs, ranked as `ResponderDirectory.ranked(for:)` ranks them (emergency
/// lines first when someone is in danger), with their checked contacts; when none
/// fits, points to the general digital security helplines, which can refer onwards.
/// The person's language and region come from what they said earlier in the session
/// unless the step gives them.
enum ReferAction {
    /// The most referrals a playbook may ask for.
    static let maximumLimit = 50
    /// The service of organisations that take any digital emergency and refer onwards.
    static let helplineService = "digital_helpline"

    static let descriptor = ActionDescriptor(
        name: "refer",
        summary: "Finds organisations that fit the services needed, best first, with their checked contacts.",
        parameters: [
            ParameterDescriptor(
                "services", .list, "Service keys needed, e.g. digital_helpline, legal, psychosocial, ddos_protection."),
            ParameterDescriptor(
                "urgent", .bool, required: false, "Someone is in danger or detained: emergency lines come first."),
            ParameterDescriptor(
                "language", .string, required: false,
                "A language code such as es, to rank by; default: the language the person asked for help in."),
            ParameterDescriptor(
                "region", .string, required: false,
                "A region such as latin-america; default: the region the person gave. Organisations serving only other regions are left out."),
            ParameterDescriptor(
                "limit", .number, required: false, "How many organisations at most (1 to 50; 5 when not given)."),
        ],
        outputs: [
            OutputDescriptor(
                "referrals", .list,
                "Records {id, name, services (the matched keys), offers (them in words), website, emergency (numbers), contacts (`kind: value`), languages, checked}."),
            OutputDescriptor("count", .number, "How many referrals."),
            OutputDescriptor("more", .number, "How many more organisations fit beyond the limit."),
            OutputDescriptor("needed", .string, "The services asked for, in the run's words."),
            OutputDescriptor("message", .string, "A sentence for the person; when nothing matched, where to turn instead."),
        ]
    )

    static func perform(_ request: ActionRequest, context: ActionContext, text: FacetText) throws(ActionError) -> ActionResult {
        let services = try serviceKeys(request, text: text)
        var profile = context.referralProfile
        if let language = try language(request, text: text) { profile.language = language }
        if let region = try region(request, text: text) { profile.region = region }
        let need = ReferralNeed(services: services, urgent: try request.optionalBool("urgent") ?? false, profile: profile)
        let selection = context.directory.referrals(for: need, limit: try limit(request, text: text))
        let words = context.directoryText
        let needed = words.services(services)
        let message =
            selection.shown.isEmpty
            ? fallbackMessage(needed: needed, directory: context.directory, text: text)
            : selection.shown.count == 1
                ? text("refer.found.one", needed) : text("refer.found.many", "\(selection.shown.count)", needed)
        let lines = selection.shown.map { $0.message(words: words) } + words.afterList(selection, countingMore: false)
        return ActionResult(
            outputs: [
                "referrals": .list(selection.shown.map { $0.record(words: words) }),
                "count": .number(Double(selection.shown.count)),
                "more": .number(Double(selection.more)),
                "needed": .string(needed),
                "message": .string(message),
            ],
            messages: [message] + lines)
    }

    private static func fallbackMessage(needed: String, directory: ResponderDirectory, text: FacetText) -> String {
        let helplines = directory.ranked(for: [helplineService])
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
        if trimmed.isEmpty || trimmed == ReferralProfile.unknownValue || trimmed == "und" { return nil }
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
        if key.isEmpty || key == ReferralProfile.unknownValue { return nil }
        guard key == ResponderDirectory.globalRegion || ResponderDirectory.regionKeys.contains(key) else {
            let known = ResponderDirectory.regionKeys.joined(separator: ", ")
            throw .invalidParameter("region", text("refer.invalid-region", TextSanitiser.clean(String(given.prefix(64))), known))
        }
        return key == ResponderDirectory.globalRegion ? nil : key
    }

    private static func limit(_ request: ActionRequest, text: FacetText) throws(ActionError) -> Int {
        guard let number = try request.optionalNumber("limit") else { return ReferralSelection.defaultLimit }
        guard number.isFinite, number == number.rounded(), number >= 1, number <= Double(maximumLimit) else {
            throw .invalidParameter("limit", text("refer.invalid-limit", "\(maximumLimit)"))
        }
        return Int(number)
    }
}
