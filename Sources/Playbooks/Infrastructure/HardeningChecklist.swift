/// Turns a defender's answers about their website into concrete steps, most protective
/// first: logins, then backups, then the software, the hosting, DDoS protection and the
/// domain. Each rule is a plain function of the answers so the list is predictable.
enum HardeningChecklist {
    /// The civil-society DDoS-protection programmes named in the checklist, checked on
    /// 2026-11-27 (see docs/facets/infrastructure.md for the sources).
    static let protectionProgrammes =
        "Deflect (run by the non-profit eQualitie), Cloudflare's Project Galileo and Google's Project Shield"

    /// The checklist for `answers`.
    static func items(for answers: HardeningAnswers) -> [HardeningItem] {
        logins(answers) + backups(answers) + software(answers) + hosting(answers) + protection(answers) + domain()
    }

    private static func logins(_ answers: HardeningAnswers) -> [HardeningItem] {
        var items: [HardeningItem] = []
        if answers.hasTwoFactor == true {
            items.append(
                HardeningItem(
                    id: "check-2fa", text: "Check that two-step login (2FA) is on for every administrator, not only "
                        + "for you, and also for the hosting control panel, the domain registrar and the DNS provider. "
                        + "Keep the recovery codes on paper or offline, somewhere safe.",
                    level: .beginner))
        } else {
            items.append(
                HardeningItem(
                    id: "enable-2fa", text: "Turn on two-step login (2FA) for every account that can change the "
                        + "website: each administrator of the site, the hosting control panel, the domain registrar "
                        + "and the DNS provider. An authenticator app or a security key is safer than codes by SMS. "
                        + "Keep the recovery codes offline.",
                    level: .beginner))
        }
        var review =
            "Make a list of everyone who can log in as an administrator (website, hosting, domain). Remove the accounts "
            + "of people who have left or no longer need them, and give everyone else only the rights their work needs."
        if let admins = answers.admins, admins >= 4 {
            review += " \(admins) people have administrator access: every one is an account an attacker can try to steal."
        }
        items.append(HardeningItem(id: "remove-unused-admins", text: review, level: .beginner))
        if answers.admins == 1 {
            items.append(
                HardeningItem(
                    id: "second-admin", text: "Only one person can get into the website. Agree on a second trusted "
                        + "person who can act if the first is unavailable or arrested, and keep what they need "
                        + "(logins, recovery codes) sealed somewhere safe.",
                    level: .beginner))
        }
        items.append(
            HardeningItem(
                id: "unique-passwords", text: "Give every administrator account a long password used nowhere else, kept "
                    + "in a password manager. Change any password that was ever sent by chat or e-mail.",
                level: .beginner))
        return items
    }

    private static func backups(_ answers: HardeningAnswers) -> [HardeningItem] {
        var items: [HardeningItem] = []
        if answers.hasBackups == true {
            items.append(
                HardeningItem(
                    id: "offline-backup", text: "Keep at least one recent copy of the backup offline or with a different "
                        + "provider, out of reach of anyone who takes over the hosting account.",
                    level: .beginner))
        } else {
            items.append(
                HardeningItem(
                    id: "start-backups", text: "Set up regular automatic backups of the website's files and database, "
                        + "and keep one copy offline or with a different provider, out of reach of anyone who takes "
                        + "over the hosting account.",
                    level: .beginner))
        }
        items.append(
            HardeningItem(
                id: "test-restore", text: "Test restoring a backup into a separate place (a test site or a local copy) "
                    + "and note how long it takes. A backup that was never restored is not known to work.",
                level: .advanced))
        return items
    }

    private static func software(_ answers: HardeningAnswers) -> [HardeningItem] {
        switch answers.cms {
        case .wordpress:
            return [
                update(
                    "Update WordPress itself, its theme and every plugin, and turn on automatic updates where you can."),
                HardeningItem(
                    id: "remove-unused-extensions", text: "Delete plugins and themes you do not use; switched-off ones "
                        + "can still be attacked.",
                    level: .beginner),
                HardeningItem(
                    id: "limit-logins", text: "Limit repeated login attempts on the login page, and turn off XML-RPC "
                        + "(xmlrpc.php) if nothing you use needs it: attackers use both to guess passwords.",
                    level: .advanced),
            ]
        case .drupal:
            return [
                update("Apply Drupal core and module security updates as soon as they are published."),
                HardeningItem(
                    id: "remove-unused-extensions", text: "Uninstall and remove modules and themes you do not use.",
                    level: .advanced),
            ]
        case .joomla:
            return [
                update("Update Joomla itself and every extension and template."),
                HardeningItem(
                    id: "remove-unused-extensions", text: "Uninstall extensions and templates you do not use.",
                    level: .beginner),
            ]
        case .static:
            return [
                HardeningItem(
                    id: "protect-publishing", text: "A static website has little to attack on the server: protect the "
                        + "place it is built and published from (the code repository or the publishing account) with "
                        + "2FA, and check who can publish.",
                    level: .beginner)
            ]
        case .other, .unknown:
            return [
                update(
                    "Find out which software runs the website and who installs its security updates; make sure "
                        + "someone does, promptly.")
            ]
        }
    }

    private static func update(_ text: String) -> HardeningItem {
        HardeningItem(id: "update-software", text: text, level: .beginner)
    }

    private static func hosting(_ answers: HardeningAnswers) -> [HardeningItem] {
        switch answers.hosting {
        case .shared:
            return [
                HardeningItem(
                    id: "ask-host", text: "Ask your hosting provider what they do when a site is under attack: some "
                        + "shared hosts switch off a site that is attacked to protect their other customers. Keep "
                        + "their support contact and your account details where you can find them in a hurry.",
                    level: .beginner)
            ]
        case .managed:
            return [
                HardeningItem(
                    id: "ask-host", text: "Ask your managed host what they cover (updates, backups, attacks) and "
                        + "what stays your job; keep their emergency contact at hand.",
                    level: .beginner)
            ]
        case .vps, .selfHosted:
            return [
                HardeningItem(
                    id: "server-updates", text: "Install the operating system's security updates automatically, close "
                        + "with a firewall every port the website does not need, and allow SSH logins with keys only, "
                        + "not passwords.",
                    level: .advanced)
            ]
        case .unknown:
            return [
                HardeningItem(
                    id: "find-host", text: "Find out where the website is hosted and where its domain is registered, "
                        + "and who holds those logins: in an emergency you will need both.",
                    level: .beginner)
            ]
        }
    }

    private static func protection(_ answers: HardeningAnswers) -> [HardeningItem] {
        guard answers.hasCDN == true else {
            return [
                HardeningItem(
                    id: "ddos-protection", text: "Consider a free DDoS-protection programme for civil society, such "
                        + "as \(protectionProgrammes). Each decides who may join (usually human rights, independent "
                        + "media or civil society work) and sits in front of your site to absorb attack traffic. A "
                        + "digital security helpline can help you choose and apply.",
                    level: .beginner)
            ]
        }
        var items = [
            HardeningItem(
                id: "protection-account", text: "Protect the account of your DDoS-protection service with 2FA like the "
                    + "others, and learn where to switch on its strongest protection mode before you need it.",
                level: .beginner),
            HardeningItem(
                id: "origin-dns", text: "Check that no DNS record (an old subdomain, a mail record) points straight at "
                    + "the server's own address: attackers use it to go around the protection.",
                level: .advanced),
        ]
        if answers.hosting == .vps || answers.hosting == .selfHosted {
            items.append(
                HardeningItem(
                    id: "hide-origin", text: "Make the server accept web traffic only from the protection service's "
                        + "addresses, so attackers who learn the server's address cannot reach it directly.",
                    level: .advanced))
        }
        return items
    }

    private static func domain() -> [HardeningItem] {
        [
            HardeningItem(
                id: "registrar-lock", text: "Turn on the transfer lock (registrar lock) for the domain, set it to renew "
                    + "automatically, and check that the registrar's contact e-mail still works, so the domain cannot "
                    + "expire or be moved away.",
                level: .beginner)
        ]
    }
}
