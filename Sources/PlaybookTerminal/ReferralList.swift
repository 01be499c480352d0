import PlaybookKit

/// The organisations that can help with the services an end refers to, as lines for a
/// terminal: best match first, each with its website and the contact methods checked
/// on its own pages, with the date of the check.
public enum ReferralList {
    /// The lines for `services`; none when there are no services.
    public static func lines(for services: [String], directory: ResponderDirectory, text: UIText, width: Int) -> [String] {
        guard !services.isEmpty else { return [] }
        var lines = [TextWrapper.wrap(text("referrals.for", services.joined(separator: ", ")), width: width)]
        let organisations = directory.ranked(for: services)
        if organisations.isEmpty {
            lines.append(TextWrapper.wrap(text("referrals.none"), width: width, indent: "  ", firstIndent: "  "))
        }
        for organisation in organisations {
            lines.append(TextWrapper.wrap("- \(organisation.name): \(organisation.website)", width: width, indent: "    ", firstIndent: "  "))
            for contact in organisation.contacts {
                lines.append(TextWrapper.wrap(text("referral.contact", text.contactKind(contact.kind), contact.value, contact.checked), width: width, indent: "      ", firstIndent: "    "))
            }
        }
        return lines.map(TerminalMarkdown.sanitise)
    }
}
