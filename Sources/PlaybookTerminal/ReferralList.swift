import PlaybookKit

/// The organisations that fit what an end refers to, as lines for a terminal: best
/// first (emergency lines first when someone is in danger), each with its website,
/// what it offers in words, and the contact methods checked on its own pages with the
/// date of the check; then how many more fit and the command that lists them all.
public enum ReferralList {
    /// The lines for `selection`.
    public static func lines(for selection: ReferralSelection, text: UIText, words: DirectoryText, width: Int) -> [String] {
        let need = selection.need
        var lines = [TextWrapper.wrap(text("referrals.for", words.services(need.services)), width: width)]
        if selection.shown.isEmpty {
            lines.append(TextWrapper.wrap(text("referrals.none"), width: width, indent: "  ", firstIndent: "  "))
        }
        for referral in selection.shown {
            let organisation = referral.organisation
            lines.append(TextWrapper.wrap("- \(organisation.name): \(organisation.website)", width: width, indent: "    ", firstIndent: "  "))
            for detail in words.details(of: referral) {
                lines.append(TextWrapper.wrap(detail, width: width, indent: "      ", firstIndent: "    "))
            }
            for contact in referral.otherContacts {
                lines.append(TextWrapper.wrap(words.contact(contact), width: width, indent: "      ", firstIndent: "    "))
            }
        }
        for line in words.afterList(selection) {
            lines.append(TextWrapper.wrap(line, width: width, indent: "  ", firstIndent: "  "))
        }
        if selection.more > 0 {
            lines.append(TextWrapper.wrap(text("referrals.see-all", command(for: need)), width: width, indent: "    ", firstIndent: "  "))
        }
        return lines.map(TerminalMarkdown.sanitise)
    }

    /// The `playbook orgs` command that lists every organisation fitting `need`.
    public static func command(for need: ReferralNeed) -> String {
        var words = ["playbook", "orgs"]
        for service in need.services { words += ["--service", service] }
        if need.urgent { words.append("--urgent") }
        if let language = need.profile.language { words += ["--language", language] }
        if let region = need.profile.region { words += ["--region", region] }
        if let audiences = need.profile.audiences {
            for audience in audiences.isEmpty ? [ReferralProfile.noAudienceValue] : audiences { words += ["--audience", audience] }
        }
        return words.joined(separator: " ")
    }
}
