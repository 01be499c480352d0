/// The triage facet's words in English, by key; `{1}`, `{2}` are filled in.
/// Translations live in `i18n/<language>/facet.triage.yaml`.
enum TriageStrings {
    static let english: [String: String] = [
        "priority.critical": "critical",
        "priority.high": "high",
        "priority.medium": "medium",
        "priority.low": "low",
        "assess.message": "Priority: {1} (score {2} of 100).",
        "assess.physical-danger":
            "Someone is in physical danger. Physical safety comes first: contact people who can act on the ground "
            + "now (trusted people nearby, a protection network, a lawyer) before any digital step.",
        "assess.detained":
            "Someone has been arrested or detained. Contact a lawyer or a legal-support organisation and the people "
            + "who can act for them now; digital steps come after. Agree with their lawyer before changing "
            + "anything in their accounts or devices.",
        "assess.ongoing": "The attack is still going on, so the first steps are the ones that stop it from spreading.",
        "assess.deadline.today": "A deadline is today, or has passed: deal with it first.",
        "assess.deadline.tomorrow": "A deadline is tomorrow: deal with it first.",
        "assess.deadline.two-days": "A deadline is in 2 days: deal with it first.",
        "assess.deadline.days": "A deadline is in {1} days.",
        "assess.people.one": "1 person is at risk.",
        "assess.people.many": "{1} people are at risk.",
        "assess.nothing-urgent": "Nothing urgent was reported: there is time to work through the steps calmly.",
        "area.people": "People around you are targeted: their safety and wellbeing come into every decision.",
        "area.devices": "A device may be compromised: avoid it for sensitive conversations until it has been checked.",
        "area.accounts": "An account is affected: whoever controls it can read its messages and write in your name.",
        "area.legal": "There is a legal threat: a lawyer should see the papers early, because deadlines can be short.",
        "area.messages":
            "Threatening or suspicious messages arrived: keep them as evidence and do not open their links or "
            + "attachments.",
        "area.website": "The website is affected: visitors may not reach it, or may see something you did not publish.",
        "area.wellbeing": "The people involved are under strain: rest and support are part of the response, not a luxury.",
        "assess.invalid-people": "give how many people are at risk as a whole number, 0 or more",
        "assess.invalid-deadline": "give the days left as a number from 0 (today, or already passed) to 3650",
        "assess.invalid-area": "'{1}' is not one of: {2}",
        "refer.found.one": "1 organisation can help with {1}; the best match comes first.",
        "refer.found.many": "{1} organisations can help with {2}; the best match comes first.",
        "refer.none":
            "No organisation in the directory offers {1}, and it lists no general helpline. Ask an organisation you "
            + "already trust to refer you.",
        "refer.helplines":
            "No organisation in the directory offers {1}. These general digital security helplines can point you to "
            + "someone who does: {2}.",
        "refer.no-services": "name at least one service, such as digital_helpline",
        "refer.service-not-text": "each service is a key such as legal, not {1}",
        "refer.unknown-service": "'{1}' is not a known service; use one of: {2}",
        "refer.invalid-language": "give a language code such as en, es or ar",
        "refer.invalid-region": "'{1}' is not a region the directory knows; use one of: {2}",
        "refer.invalid-limit": "give a whole number from 1 to {1}",
        "report.title": "Triage",
        "report.priority": "**Priority: {1}** (score {2} of 100)",
        "report.open-next": "Open next: {1}.",
        "report.organisations": "### Organisations that can help",
        "report.organisations-for": "### Organisations that can help: {1}",
        "report.no-match": "No organisation matched.",
        "report.checked": " (checked {1})",
        "report.emergency-line": "emergency line, day and night: {1}",
    ]
}
