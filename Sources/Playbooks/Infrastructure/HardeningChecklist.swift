import PlaybookKit

/// Turns a defender's answers about their website into concrete steps, most protective
/// first: logins, then backups, then the software, the hosting, DDoS protection and the
/// domain. Each rule is a plain function of the answers so the list is predictable. The
/// texts are `item.<id>` strings of `InfrastructureStrings` (the civil-society
/// DDoS-protection programmes they name were checked on 2026-11-27; sources in
/// docs/facets/infrastructure.md).
enum HardeningChecklist {
    /// The checklist for `answers`, its texts in `text`'s language.
    static func items(for answers: HardeningAnswers, text: FacetText = InfrastructureStrings.englishText) -> [HardeningItem] {
        let item = { (id: String, key: String, level: HardeningItem.Level) in
            HardeningItem(id: id, text: text("item.\(key)"), level: level)
        }
        return logins(answers, item: item, text: text) + backups(answers, item: item) + software(answers, item: item)
            + hosting(answers, item: item) + protection(answers, item: item) + [item("registrar-lock", "registrar-lock", .beginner)]
    }

    /// Makes an item from its id, the key of its text after `item.`, and its level.
    private typealias Make = (String, String, HardeningItem.Level) -> HardeningItem

    private static func logins(_ answers: HardeningAnswers, item: Make, text: FacetText) -> [HardeningItem] {
        var items = [answers.hasTwoFactor == true ? item("check-2fa", "check-2fa", .beginner) : item("enable-2fa", "enable-2fa", .beginner)]
        var review = item("remove-unused-admins", "remove-unused-admins", .beginner)
        if let admins = answers.admins, admins >= 4 {
            review.text += " " + text("item.remove-unused-admins.many", "\(admins)")
        }
        items.append(review)
        if answers.admins == 1 {
            items.append(item("second-admin", "second-admin", .beginner))
        }
        items.append(item("unique-passwords", "unique-passwords", .beginner))
        return items
    }

    private static func backups(_ answers: HardeningAnswers, item: Make) -> [HardeningItem] {
        [
            answers.hasBackups == true
                ? item("offline-backup", "offline-backup", .beginner) : item("start-backups", "start-backups", .beginner),
            item("test-restore", "test-restore", .advanced),
        ]
    }

    private static func software(_ answers: HardeningAnswers, item: Make) -> [HardeningItem] {
        switch answers.cms {
        case .wordpress:
            return [
                item("update-software", "update-software.wordpress", .beginner),
                item("remove-unused-extensions", "remove-unused-extensions.wordpress", .beginner),
                item("limit-logins", "limit-logins", .advanced),
            ]
        case .drupal:
            return [
                item("update-software", "update-software.drupal", .beginner),
                item("remove-unused-extensions", "remove-unused-extensions.drupal", .advanced),
            ]
        case .joomla:
            return [
                item("update-software", "update-software.joomla", .beginner),
                item("remove-unused-extensions", "remove-unused-extensions.joomla", .beginner),
            ]
        case .static:
            return [item("protect-publishing", "protect-publishing", .beginner)]
        case .other, .unknown:
            return [item("update-software", "update-software.other", .beginner)]
        }
    }

    private static func hosting(_ answers: HardeningAnswers, item: Make) -> [HardeningItem] {
        switch answers.hosting {
        case .shared: return [item("ask-host", "ask-host.shared", .beginner)]
        case .managed: return [item("ask-host", "ask-host.managed", .beginner)]
        case .vps, .selfHosted: return [item("server-updates", "server-updates", .advanced)]
        case .unknown: return [item("find-host", "find-host", .beginner)]
        }
    }

    private static func protection(_ answers: HardeningAnswers, item: Make) -> [HardeningItem] {
        guard answers.hasCDN == true else {
            return [item("ddos-protection", "ddos-protection", .beginner)]
        }
        var items = [
            item("protection-account", "protection-account", .beginner),
            item("origin-dns", "origin-dns", .advanced),
        ]
        if answers.hosting == .vps || answers.hosting == .selfHosted {
            items.append(item("hide-origin", "hide-origin", .advanced))
        }
        return items
    }
}
