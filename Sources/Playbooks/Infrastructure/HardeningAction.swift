import PlaybookKit

/// `infrastructure.hardening`: turns a defender's answers about their website into a
/// checklist they can work through, each step marked beginner or advanced.
enum HardeningAction {
    static let descriptor = ActionDescriptor(
        name: "hardening",
        summary: "Turns answers about a website into a checklist of steps against takeover and DDoS.",
        parameters: [
            ParameterDescriptor(
                "cms", .string, required: false,
                "The software running the site: wordpress, drupal, joomla, static, other or unknown (the default)."),
            ParameterDescriptor(
                "hosting", .string, required: false,
                "How it is hosted: shared, vps, managed, self-hosted or unknown (the default)."),
            ParameterDescriptor("admins", .number, required: false, "How many people have administrator access."),
            ParameterDescriptor("has-2fa", .bool, required: false, "Whether administrators log in with 2FA."),
            ParameterDescriptor("has-backups", .bool, required: false, "Whether the site is backed up."),
            ParameterDescriptor(
                "has-cdn", .bool, required: false, "Whether a CDN or DDoS-protection service sits in front of it."),
        ],
        outputs: [
            OutputDescriptor("items", .list, "The steps, most protective first: records {id, text, level}."),
            OutputDescriptor("count", .number, "How many steps."),
            OutputDescriptor("beginner", .number, "How many steps need no technical help."),
        ]
    )

    static func perform(_ request: ActionRequest, text: FacetText) throws(ActionError) -> ActionResult {
        let items = HardeningChecklist.items(for: try HardeningAnswers(request, text: text), text: text)
        let beginner = items.filter { $0.level == .beginner }.count
        return ActionResult(
            outputs: [
                "items": .list(items.map(\.record)),
                "count": .number(Double(items.count)),
                "beginner": .number(Double(beginner)),
            ],
            messages: [text("hardening.summary", "\(items.count)", "\(beginner)")])
    }
}
