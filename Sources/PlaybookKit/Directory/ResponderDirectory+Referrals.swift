extension ResponderDirectory {
    /// The organisations that fit `need`, best first:
    ///
    /// 1. when the need is urgent, those with an emergency line answered around the
    ///    clock, whatever services they list: in danger, that is the first call;
    /// 2. more of the needed services; 3. the person's language; 4. their region served
    ///    specifically rather than globally (not by an organisation serving only part of
    ///    it, such as one country); 5. who it serves: exactly who the person is first,
    ///    then everyone, then only people the person has not said they are (marked so);
    ///    then by name and id, so the same need always gives the same list.
    ///
    /// Left out: organisations offering none of the services (and no emergency line for
    /// an urgent need), those serving only regions the person is not known to be in,
    /// and those serving only people the person said they are not.
    public func ranked(for need: ReferralNeed) -> [Referral] {
        let profile = need.profile
        let candidates = organisations.compactMap { organisation -> (Referral, [Int])? in
            let offered = Set(organisation.services)
            let matched = need.services.filter(offered.contains)
            let emergency = need.urgent ? organisation.emergencyContacts : []
            guard !matched.isEmpty || !emergency.isEmpty else { return nil }
            guard serves(organisation, region: profile.region) else { return nil }
            var unconfirmed: [String] = []
            var servesExactly = false
            if !organisation.servesOnly.isEmpty {
                if let audiences = profile.audiences {
                    guard !Set(audiences).isDisjoint(with: organisation.servesOnly) else { return nil }
                    servesExactly = true
                } else {
                    unconfirmed = organisation.servesOnly
                }
            }
            return rankedEntry(organisation, matched, emergency, unconfirmed, servesExactly, profile)
        }
        return candidates.sorted { lhs, rhs in
            if lhs.1 != rhs.1 { return lhs.1.lexicographicallyPrecedes(rhs.1) }
            let (left, right) = (lhs.0.organisation.name.lowercased(), rhs.0.organisation.name.lowercased())
            return left != right ? left < right : lhs.0.organisation.id < rhs.0.organisation.id
        }.map(\.0)
    }

    /// The best `limit` organisations for `need`, and the others that fit.
    public func referrals(for need: ReferralNeed, limit: Int = ReferralSelection.defaultLimit) -> ReferralSelection {
        let ranked = ranked(for: need)
        return ReferralSelection(need: need, shown: Array(ranked.prefix(limit)), rest: Array(ranked.dropFirst(limit)))
    }

    /// Organisations offering any of `services`, ranked as `ranked(for:)` ranks a need
    /// that is not urgent.
    public func ranked(for services: [String], language: String? = nil, region: String? = nil) -> [Organisation] {
        ranked(for: ReferralNeed(services: services, profile: ReferralProfile(language: language, region: region)))
            .map(\.organisation)
    }

    /// Whether `organisation` is known to serve `region`: it serves every region, or
    /// the region is known and among those it serves.
    func serves(_ organisation: Organisation, region: String?) -> Bool {
        organisation.regions.contains(Self.globalRegion) || region.map(organisation.regions.contains) == true
    }

    /// A referral and its sort key, where a smaller key ranks first.
    private func rankedEntry(
        _ organisation: Organisation, _ matched: [String], _ emergency: [ContactMethod], _ unconfirmed: [String],
        _ servesExactly: Bool, _ profile: ReferralProfile
    ) -> (Referral, [Int]) {
        let speaks = profile.language.map(organisation.languages.contains) ?? false
        let regional = profile.region.map(organisation.regions.contains) ?? false
        // The region's own organisations first, then those serving everyone, then those
        // serving only part of the region (one country), which may not be where the person is.
        let place = organisation.area != nil ? 2 : regional ? 0 : 1
        let key = [
            emergency.isEmpty ? 1 : 0,
            -matched.count,
            speaks ? 0 : 1,
            place,
            servesExactly ? 0 : unconfirmed.isEmpty ? 1 : 2,
        ]
        let referral = Referral(
            organisation: organisation, matchedServices: matched, speaksLanguage: speaks, emergencyContacts: emergency,
            unconfirmedAudiences: unconfirmed)
        return (referral, key)
    }
}
