import PlaybookKit

/// The infrastructure facet's words in English, by key; `{1}`, `{2}` are filled in.
/// Translations live in `i18n/<language>/facet.infrastructure.yaml`. Verdicts, levels
/// and item ids stay as they are in every language: playbooks branch on them.
enum InfrastructureStrings {
    /// The English words, for callers with no language.
    static var englishText: FacetText { FacetText(english: english) }

    static let english: [String: String] = [
        "verdict.up": "up",
        "verdict.redirects": "redirects",
        "verdict.client-error": "client-error",
        "verdict.server-error": "server-error",
        "verdict.unreachable": "unreachable",
        "verdict.dns-failure": "dns-failure",
        "verdict.timeout": "timeout",
        "verdict.not-checked": "not-checked",
        "probe.purpose": "check whether the website answers from this computer",
        "probe.not-contacted": "The website was not contacted.",
        "probe.checking": "Checking {1} …",
        "probe.result": "Result: {1}.",
        "probe.result-code": "Result: {1} (code {2}).",
        "probe.lookup-timeout": "the name lookup got no answer in time",
        "probe.invalid-timeout": "give a number of seconds from {1} to {2}",
        "explain.compare-elsewhere":
            "This check shows only what this computer sees. A censored or filtered network can give different results "
            + "than a connection abroad, so before drawing conclusions compare with a digital security helpline or "
            + "someone in another country.",
        "explain.not-checked":
            "Nothing was contacted. To find out whether the website is up without using this connection, ask a digital "
            + "security helpline or someone in another place to open it and tell you what they see.",
        "explain.challenge":
            "The answer came from a DDoS-protection service (Cloudflare) showing a visitor check instead of the page "
            + "(code {1}). A real browser usually passes such a check after a few seconds, so visitors may still reach "
            + "the site. It means the protection is switched on, possibly because of an attack.",
        "explain.server": "The answer names its server as '{1}', which often tells the hosting or protection service.",
        "explain.timeout":
            "The website did not answer within {1} seconds. It may be overloaded (a DDoS attack often looks like this), "
            + "down, or slowed down by the network.",
        "explain.dns-failure":
            "The website's name could not be turned into an address when the request was made ({1}). The domain may "
            + "have expired or its DNS settings changed, or the network may be blocking the name.",
        "explain.insecure":
            "A secure connection to the website could not be set up ({1}). Its certificate may have expired or not "
            + "match the name, or something on the network may be intercepting the connection. Do not type passwords "
            + "on the site from this network until a helper has looked at it.",
        "explain.unreachable":
            "No connection could be made to the website ({1}). The server may be down or refusing connections, or "
            + "something on the network may be blocking it.",
        "explain.unresolved":
            "The website's name ({1}) could not be turned into an address: {2}. The domain may have expired, its DNS "
            + "settings may have been changed or deleted, or your network may be blocking the name, which is a common "
            + "way of censoring websites. Check the domain's registration and DNS settings with the registrar.",
        "explain.lookup-timeout": "the lookup got no answer in time",
        "explain.no-address": "no address",
        "explain.local-address":
            "Note: the name points to {1}, an address that exists only inside a local network. For a public website "
            + "this usually means the network's DNS is giving false answers to block it.",
        "explain.up": "The website answered normally from this computer (code {1}, in {2} ms).",
        "explain.slow": "It was slow, which heavy traffic or an attack can cause.",
        "explain.blocked-elsewhere": "If people elsewhere cannot open it, it may be blocked on their network rather than down.",
        "explain.401":
            "The website asks for a login before showing anything (code 401). If it is meant to be public, its "
            + "settings were changed: ask whoever runs it.",
        "explain.403":
            "The website refused to show the page (code 403, forbidden). Possible causes: a DDoS-protection service or "
            + "firewall turning away visitors it finds suspicious, the hosting provider blocking the site, a block on "
            + "visitors from your country, or a change to the site's settings.",
        "explain.not-found":
            "The website answered, but the page was not found (code {1}). Check the address. If even the home page is "
            + "missing, the site's content may have been removed or replaced: ask whoever runs it.",
        "explain.429":
            "The website or its protection service is turning away visitors who send too many requests (code 429). "
            + "This is common during an attack, when the protection limits traffic.",
        "explain.451":
            "The page is unavailable for legal reasons (code 451): usually a block ordered by a court or an authority, "
            + "applied by the network or by the hosting provider. Write down when and where you saw this, and contact "
            + "a legal-support organisation or a helpline.",
        "explain.client-error": "The website answered but refused the request (code {1}).",
        "explain.500":
            "The website's server answered with an internal error (code 500): its own software failed. Common causes "
            + "are a broken update or plugin, a full disk, or a break-in that changed files. Ask whoever runs the site "
            + "to look at its error log.",
        "explain.gateway":
            "A gateway in front of the website (the hosting provider's or a protection service's) could not get an "
            + "answer from the site's own server (code {1}). The server may be down or overwhelmed, for example by an "
            + "attack. Ask the hosting provider what they see.",
        "explain.503":
            "The website is temporarily unavailable (code 503). From a hosting provider this often means the server is "
            + "overloaded (a DDoS attack can do this), under maintenance, or that the account was suspended, sometimes "
            + "because of an attack or an unpaid bill. Ask the hosting provider what they see and whether they "
            + "suspended the account.",
        "explain.server-error":
            "The website's server reported an error (code {1}). The hosting account may have hit a resource limit, "
            + "which heavy traffic can cause. Ask the hosting provider what they see.",
        "explain.redirect-nowhere":
            "The website answered with a redirect (code {1}) but did not say where to. Its settings may be broken: "
            + "ask whoever runs it.",
        "explain.redirect-same-site":
            "The website sends visitors on to {1} on the same site (code {2}). This is usually normal, for example "
            + "moving visitors to the secure https address or to a start page.",
        "explain.redirect-elsewhere":
            "The website sends visitors to a different website, {1} (code {2}). If you did not set this up, treat it "
            + "as a warning sign: the site or its domain may have been taken over, or the network may be replacing it "
            + "with a block page. Do not log in or type passwords there; ask a helpline to look.",
        "dns.purpose": "look up the addresses of {1}",
        "dns.declined": "not looked up: you chose not to contact the network",
        "dns.not-looked-up": "The name was not looked up.",
        "dns.addresses.one": "{1} has 1 address.",
        "dns.addresses.many": "{1} has {2} addresses.",
        "dns.timeout": "the resolver did not answer within {1} seconds",
        "dns.failed": "{1} could not be looked up.",
        "address.empty": "it is empty; give the website's address, such as https://example.org",
        "address.too-long": "it is longer than {1} characters",
        "address.not-web": "'{1}' is not a web address; write it like https://example.org",
        "address.scheme": "only http:// and https:// addresses can be checked, not '{1}:'",
        "address.no-host": "'{1}' has no website name; write it like https://example.org",
        "address.credentials": "remove the user name or password from the address before checking it",
        "address.port": "the port {1} does not exist; ports run from 1 to 65535",
        "host.empty": "it is empty; give a name such as example.org",
        "host.not-a-name": "give only the name, such as example.org, without https:// or a path",
        "host.spaces": "a host name cannot contain spaces",
        "host.not-ascii": "write the name in its ASCII form (the one starting with xn-- that the registrar shows)",
        "host.length": "a host name has 1 to {1} characters",
        "host.empty-label": "'{1}' has an empty part between dots",
        "host.label-length": "each part between dots has at most {1} characters",
        "host.characters": "a host name has only letters, digits, hyphens and dots",
        "host.hyphen": "no part of a host name starts or ends with a hyphen",
        "hardening.summary": "{1} steps, {2} of them without technical help.",
        "hardening.invalid-admins": "give the number of people with administrator access, a whole number of at least 1",
        "hardening.invalid-choice": "'{1}' is not one of: {2}",
        "level.beginner": "beginner",
        "level.advanced": "advanced",
        "item.check-2fa":
            "Check that two-step login (2FA) is on for every administrator, not only for you, and also for the "
            + "hosting control panel, the domain registrar and the DNS provider. Keep the recovery codes on paper or "
            + "offline, somewhere safe.",
        "item.enable-2fa":
            "Turn on two-step login (2FA) for every account that can change the website: each administrator of the "
            + "site, the hosting control panel, the domain registrar and the DNS provider. An authenticator app or a "
            + "security key is safer than codes by SMS. Keep the recovery codes offline.",
        "item.remove-unused-admins":
            "Make a list of everyone who can log in as an administrator (website, hosting, domain). Remove the accounts "
            + "of people who have left or no longer need them, and give everyone else only the rights their work needs.",
        "item.remove-unused-admins.many": "{1} people have administrator access: every one is an account an attacker can try to steal.",
        "item.second-admin":
            "Only one person can get into the website. Agree on a second trusted person who can act if the first is "
            + "unavailable or arrested, and keep what they need (logins, recovery codes) sealed somewhere safe.",
        "item.unique-passwords":
            "Give every administrator account a long password used nowhere else, kept in a password manager. Change "
            + "any password that was ever sent by chat or e-mail.",
        "item.offline-backup":
            "Keep at least one recent copy of the backup offline or with a different provider, out of reach of anyone "
            + "who takes over the hosting account.",
        "item.start-backups":
            "Set up regular automatic backups of the website's files and database, and keep one copy offline or with "
            + "a different provider, out of reach of anyone who takes over the hosting account.",
        "item.test-restore":
            "Test restoring a backup into a separate place (a test site or a local copy) and note how long it takes. A "
            + "backup that was never restored is not known to work.",
        "item.update-software.wordpress":
            "Update WordPress itself, its theme and every plugin, and turn on automatic updates where you can.",
        "item.remove-unused-extensions.wordpress":
            "Delete plugins and themes you do not use; switched-off ones can still be attacked.",
        "item.limit-logins":
            "Limit repeated login attempts on the login page, and turn off XML-RPC (xmlrpc.php) if nothing you use "
            + "needs it: attackers use both to guess passwords.",
        "item.update-software.drupal": "Apply Drupal core and module security updates as soon as they are published.",
        "item.remove-unused-extensions.drupal": "Uninstall and remove modules and themes you do not use.",
        "item.update-software.joomla": "Update Joomla itself and every extension and template.",
        "item.remove-unused-extensions.joomla": "Uninstall extensions and templates you do not use.",
        "item.protect-publishing":
            "A static website has little to attack on the server: protect the place it is built and published from "
            + "(the code repository or the publishing account) with 2FA, and check who can publish.",
        "item.update-software.other":
            "Find out which software runs the website and who installs its security updates; make sure someone does, "
            + "promptly.",
        "item.ask-host.shared":
            "Ask your hosting provider what they do when a site is under attack: some shared hosts switch off a site "
            + "that is attacked to protect their other customers. Keep their support contact and your account details "
            + "where you can find them in a hurry.",
        "item.ask-host.managed":
            "Ask your managed host what they cover (updates, backups, attacks) and what stays your job; keep their "
            + "emergency contact at hand.",
        "item.server-updates":
            "Install the operating system's security updates automatically, close with a firewall every port the "
            + "website does not need, and allow SSH logins with keys only, not passwords.",
        "item.find-host":
            "Find out where the website is hosted and where its domain is registered, and who holds those logins: in "
            + "an emergency you will need both.",
        "item.ddos-protection":
            "Consider a free DDoS-protection programme for civil society, such as Deflect (run by the non-profit "
            + "eQualitie), Cloudflare's Project Galileo and Google's Project Shield. Each decides who may join "
            + "(usually human rights, independent media or civil society work) and sits in front of your site to "
            + "absorb attack traffic. A digital security helpline can help you choose and apply.",
        "item.protection-account":
            "Protect the account of your DDoS-protection service with 2FA like the others, and learn where to switch "
            + "on its strongest protection mode before you need it.",
        "item.origin-dns":
            "Check that no DNS record (an old subdomain, a mail record) points straight at the server's own address: "
            + "attackers use it to go around the protection.",
        "item.hide-origin":
            "Make the server accept web traffic only from the protection service's addresses, so attackers who learn "
            + "the server's address cannot reach it directly.",
        "item.registrar-lock":
            "Turn on the transfer lock (registrar lock) for the domain, set it to renew automatically, and check that "
            + "the registrar's contact e-mail still works, so the domain cannot expire or be moved away.",
        "report.title": "Infrastructure",
        "report.website-check": "Website check: {1}",
        "report.not-checked": "Not checked: the person chose not to contact the website from this computer.",
        "report.verdict": "Verdict",
        "report.http-status": "HTTP status",
        "report.redirects-to": "Redirects to",
        "report.answered-in": "Answered in",
        "report.addresses": "Addresses",
        "report.server": "Server",
        "report.error": "Error",
        "report.name-lookup": "Name lookup: {1}",
        "report.not-looked-up": "Not looked up: the person chose not to contact the network.",
        "report.none": "none",
        "report.not-resolved": "Not resolved",
        "report.no-address": "no address",
        "report.hardening": "Hardening checklist",
    ]
}
