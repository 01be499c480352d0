/// The words a session report frames its content with, in English, by key; `{1}`, `{2}`
/// are filled in. Translations live in `i18n/<language>/report.yaml`.
enum ReportStrings {
    /// Every string: the framing, and each contact kind the directory knows under
    /// `contact.<kind>`, in English as the kind itself.
    static let english = framing.merging(
        OrganisationDecoder.contactKinds.map { ("contact.\($0)", $0) }, uniquingKeysWith: { own, _ in own })

    private static let framing: [String: String] = [
        "title": "Session report: {1}",
        "redacted": "Redacted.",
        "redaction-notice":
            "This report is redacted. It leaves out what the person typed (answers to text and web-address questions), "
            + "their notes and checklist notes, and action details built from or containing that text; each is shown as "
            + "“{1}”. Chosen options, dates, numbers, yes/no answers, checklist states, action results that are "
            + "not free text, the outcome and referrals are kept.",
        "left-out": "[left out]",
        "fact.status": "Status",
        "fact.session": "Session",
        "fact.started": "Started",
        "fact.updated": "Last updated",
        "fact.generated": "Report made",
        "status.resolved": "Resolved",
        "status.referred": "Referred to an organisation",
        "status.escalated": "Escalated: urgent help is needed",
        "status.monitoring": "Monitoring: nothing more to do for now",
        "status.in-progress": "In progress",
        "place": "{1}, step {2}",
        "section.outcome": "Outcome",
        "section.waiting": "Where things stand",
        "section.path": "Path taken",
        "section.checklists": "Checklists",
        "section.actions": "Actions",
        "section.facet": "{1}: {2}",
        "section.notes": "Notes",
        "section.referrals": "Where to get help",
        "path.answer": "Answer: {1}",
        "path.condition": "Condition that held: {1}",
        "path.no-condition": "No condition held; the usual way was taken",
        "path.read": "Read",
        "path.action": "Action run: {1}",
        "path.ended": "The session ended here",
        "path.current": "The session is waiting here",
        "answer.checklist": "{1} of {2} done",
        "yes": "yes",
        "no": "no",
        "more": "{1} … ({2} more)",
        "checklist.item": "Item",
        "checklist.state": "State",
        "checklist.note": "Note",
        "checklist.optional": "(optional)",
        "state.done": "done",
        "state.open": "open",
        "state.not-applicable": "not applicable",
        "action.given": "Given",
        "action.results": "Results",
        "action.messages": "Messages",
        "notes.left-out": "Notes are left out of this redacted report.",
        "referrals.none": "No organisation in the directory offers {1}.",
        "referral.website": "Website",
        "referrals.more": "More organisations that fit",
        "referral.languages": "Languages",
        "referral.response-time": "Response time",
        "referral.contact": "Contact",
        "referral.through-website": "through the website",
        "referral.contact-checked": "checked {1} on {2}",
        "referral.checked": "Checked",
        "referral.checked-on": "{1} on {2}",
        "referral.checked-line": "Checked {1} on {2}",
    ]
}
