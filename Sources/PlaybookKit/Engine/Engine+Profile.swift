extension Engine {
    /// What is known about the person for referrals: the session's preset profile (its
    /// language, when none is preset, the one the session runs in), with each answer to
    /// a `remember:` question on the way taken, in order, so a later answer replaces an
    /// earlier one and going back forgets it.
    public func profile(of state: SessionState) -> ReferralProfile {
        var profile = state.presetProfile
        if profile.language == nil { profile.language = state.language }
        for entry in state.path {
            guard let step = playbooks[entry.position.playbook]?.step(entry.position.step),
                case .question(let question) = step.kind, let field = question.remember,
                let answer = state.answers[entry.position.playbook]?[step.id]
            else { continue }
            let values = answer.list?.compactMap(\.string) ?? answer.string.map { [$0] } ?? []
            profile = profile.remembering(field, values)
        }
        return profile
    }

    /// What the session's end refers the person to, with what is known about them; nil
    /// before the end, or when the end names no service. An `escalated` end is urgent.
    public func referralNeed(of state: SessionState) -> ReferralNeed? {
        guard let outcome = state.outcome, !outcome.refer.isEmpty else { return nil }
        return ReferralNeed(services: outcome.refer, urgent: outcome.outcome == .escalated, profile: profile(of: state))
    }
}
