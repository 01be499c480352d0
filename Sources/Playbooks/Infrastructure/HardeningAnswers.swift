import Foundation
import PlaybookKit

/// What a defender told us about their website, read from `hardening`'s parameters.
/// Unanswered questions stay nil and are treated as "not in place yet", so the
/// checklist errs towards suggesting a step.
struct HardeningAnswers: Hashable, Sendable {
    /// The software that runs the site.
    enum CMS: String, Hashable, Sendable, CaseIterable {
        case wordpress, drupal, joomla, `static`, other, unknown
    }

    /// Where and how it is hosted.
    enum Hosting: String, Hashable, Sendable, CaseIterable {
        case shared, vps, managed
        case selfHosted = "self-hosted"
        case unknown
    }

    /// The most administrators accepted, to catch typing mistakes.
    static let maximumAdmins = 10_000

    var cms: CMS = .unknown
    var hosting: Hosting = .unknown
    var admins: Int?
    var hasTwoFactor: Bool?
    var hasBackups: Bool?
    var hasCDN: Bool?

    /// Plain answers, for tests and for callers that already have them.
    init(
        cms: CMS = .unknown, hosting: Hosting = .unknown, admins: Int? = nil, hasTwoFactor: Bool? = nil,
        hasBackups: Bool? = nil, hasCDN: Bool? = nil
    ) {
        self.cms = cms
        self.hosting = hosting
        self.admins = admins
        self.hasTwoFactor = hasTwoFactor
        self.hasBackups = hasBackups
        self.hasCDN = hasCDN
    }

    /// Reads and checks the action's parameters.
    init(_ request: ActionRequest, text: FacetText) throws(ActionError) {
        cms = try HardeningAnswers.choice(request, "cms", CMS.self, text: text) ?? .unknown
        hosting = try HardeningAnswers.choice(request, "hosting", Hosting.self, text: text) ?? .unknown
        if let count = try request.optionalNumber("admins") {
            guard count.isFinite, count == count.rounded(), count >= 1, count <= Double(HardeningAnswers.maximumAdmins)
            else {
                throw .invalidParameter("admins", text("hardening.invalid-admins"))
            }
            admins = Int(count)
        }
        hasTwoFactor = try request.optionalBool("has-2fa")
        hasBackups = try request.optionalBool("has-backups")
        hasCDN = try request.optionalBool("has-cdn")
    }

    private static func choice<Choice: RawRepresentable & CaseIterable>(
        _ request: ActionRequest, _ name: String, _ type: Choice.Type, text: FacetText
    ) throws(ActionError) -> Choice? where Choice.RawValue == String {
        guard let given = try request.optionalString(name) else { return nil }
        let key = given.trimmingCharacters(in: .whitespaces).lowercased()
        if key.isEmpty { return nil }
        guard let choice = Choice(rawValue: key) else {
            let accepted = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidParameter(name, text("hardening.invalid-choice", given, accepted))
        }
        return choice
    }
}
