import PlaybookKit

/// Picks organisations for a defender's needs: every organisation offering at least one
/// needed service, ranked by how many of them it covers, then by working in the
/// requested language, then by serving the requested region (named, then `global`),
/// then by name. The order is fully determined, so the same answers always give the
/// same list.
struct ReferralRanking {
    var services: [String]
    var language: String?
    var region: String?

    /// The ranked referrals from `directory`.
    func rank(_ directory: ResponderDirectory) -> [Referral] {
        directory.organisations.compactMap(referral).sorted(by: ReferralRanking.precedes)
    }

    private func referral(_ organisation: Organisation) -> Referral? {
        let offered = Set(organisation.services.map { $0.lowercased() })
        let matched = services.filter(offered.contains)
        guard !matched.isEmpty else { return nil }
        let languages = Set(organisation.languages.map { $0.lowercased() })
        let regions = Set(organisation.regions.map { $0.lowercased() })
        let regionMatch: Int
        if let region, regions.contains(region) {
            regionMatch = 2
        } else if region != nil, regions.contains("global") {
            regionMatch = 1
        } else {
            regionMatch = 0
        }
        return Referral(
            organisation: organisation, matchedServices: matched,
            languageMatch: language.map(languages.contains) ?? false, regionMatch: regionMatch)
    }

    private static func precedes(_ first: Referral, _ second: Referral) -> Bool {
        if first.matchedServices.count != second.matchedServices.count {
            return first.matchedServices.count > second.matchedServices.count
        }
        if first.languageMatch != second.languageMatch { return first.languageMatch }
        if first.regionMatch != second.regionMatch { return first.regionMatch > second.regionMatch }
        let firstName = first.organisation.name.lowercased()
        let secondName = second.organisation.name.lowercased()
        if firstName != secondName { return firstName < secondName }
        return first.organisation.id < second.organisation.id
    }
}
