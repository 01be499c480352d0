/// The legal facet's words in English, by key; `{1}`, `{2}` are filled in. Translations
/// live in `i18n/<language>/facet.legal.yaml`, which also holds the titles and notes of
/// the deadline rules under `rules.<id>.title` and `rules.<id>.note` (see `LegalFacet`).
enum LegalStrings {
    static let english: [String: String] = [
        "deadline.message": "{1}: {2} from {3}, so the last day is {4} ({5}).",
        "deadline.source": "Source: {1} (checked {2}).",
        "deadline.today": "that is today",
        "deadline.one-day-left": "1 day left",
        "deadline.days-left": "{1} days left",
        "deadline.passed-yesterday": "it passed yesterday; talk to a lawyer now about what is still possible",
        "deadline.passed-days-ago": "it passed {1} days ago; talk to a lawyer now about what is still possible",
        "period.hours.one": "{1} hour",
        "period.hours.many": "{1} hours",
        "period.days.one": "{1} day",
        "period.days.many": "{1} days",
        "period.weeks.one": "{1} week",
        "period.weeks.many": "{1} weeks",
        "period.months.one": "{1} month",
        "period.months.many": "{1} months",
        "period.years.one": "{1} year",
        "period.years.many": "{1} years",
        "deadline.invalid-date": "'{1}' is not a date; write it as YYYY-MM-DD, for example 2026-11-27",
        "deadline.unknown-rule": "there is no rule '{1}'; known rules: {2}",
        "deadline.unknown-rule-hint": "there is no rule '{1}'; did you mean '{2}'?; known rules: {3}",
        "deadline.rules-missing":
            "the deadline rules file {1} is missing from the playbook library; reinstall the library or point the tool at it",
        "deadline.rules-missing-looked":
            "the deadline rules file {1} is missing from the playbook library (looked in {2}); reinstall the library or "
            + "point the tool at it",
        "deadline.rules-broken": "the deadline rules file has a problem: {1}; fix that line or reinstall the library",
        "incident.logged": "Incident {1} logged ({2} in total).",
        "incident.for-lawyer":
            "For a lawyer: {1} (to read or print) and {2} (spreadsheet), kept inside this session; 'playbook export' writes them to a folder you choose.",
        "incident.in-future": "{1} is in the future; give the date the incident happened",
        "incident.invalid-when": "'{1}' is not a date; write it as YYYY-MM-DD (2026-11-27) or with the time, 2026-11-27T14:05",
        "incident.invalid-link": "'{1}' is not a web address; copy it from the browser, starting with https://",
        "incident.invalid-evidence": "every item must be a file name or a hash, as text",
        "incident.empty": "it is empty; write a few words",
        "incident.unreadable": "it cannot be read ({1}); nothing was changed",
        "incident.damaged":
            "the incident log '{1}' is damaged ({2}); it was left as it is. Copy it somewhere safe, move it out of the "
            + "way and log the incident again, or restore a backup",
        "incident.unencodable": "the incident log could not be encoded: {1}",
        "log.title": "Incident log",
        "log.none": "No incidents have been logged.",
        "log.number": "#",
        "log.when": "When",
        "log.platform": "Platform",
        "log.where": "Where",
        "log.link": "Link",
        "log.description": "What happened",
        "log.evidence": "Evidence",
        "log.recorded": "Logged at",
        "report.title": "Legal defence",
        "report.incidents": "Incidents logged",
        "report.deadlines": "Deadlines",
        "report.deadline": "**{1}**: last day **{2}**, counted from {3}. Source: <{4}> (checked {5}).",
        "report.confirm": "Deadlines are computed from the sources shown; confirm every date with a lawyer, as national rules may differ.",
    ]
}
