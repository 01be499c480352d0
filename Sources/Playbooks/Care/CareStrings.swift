/// The care facet's words in English, by key; `{1}`, `{2}` are filled in. Translations
/// live in `i18n/<language>/facet.care.yaml`.
enum CareStrings {
    static let english: [String: String] = [
        "check-in.steady":
            "You seem to be holding steady. Take a short pause before the next step: stand up, drink some water "
            + "and breathe out slowly a few times. Checking in with yourself again later is a good habit.",
        "check-in.strained":
            "This is a lot to carry. Before going on, talk to someone you trust, a friend, a colleague or family, "
            + "even briefly, and let them take part of the load. Food, rest and short breaks matter more now, not less.",
        "check-in.overloaded":
            "You are carrying more than anyone should carry alone. Talking with people whose work is supporting "
            + "defenders through times like this can really help: the organisations listed for psycho-social support "
            + "are there for that. Until then, lean on someone you trust and let what can wait, wait.",
        "check-in.safety-first":
            "Your physical safety comes first. If you are not safe where you are, go somewhere safer if you can and "
            + "tell someone you trust where you are. The organisations listed for physical security help defenders "
            + "plan what to do next; the rest of this playbook can wait.",
        "check-in.once-safe": "{1} Once you are safe: {2}",
        "check-in.invalid-answer": "answer with a whole number from 0 (as usual) to 3 (very hard), not '{1}'",
        "breathe.start": "Let's breathe together: {1} slow breaths ({2}). Sit comfortably and let your shoulders drop.",
        "breathe.breath": "Breath {1} of {2}",
        "breathe.in": "Breathe in",
        "breathe.hold": "Hold",
        "breathe.out": "Breathe out",
        "breathe.rest": "Rest",
        "breathe.cue": "{1}… {2}",
        "breathe.end": "Well done. Notice how your body feels now.",
        "breathe.done": "{1} breaths, {2} seconds. You can come back to this whenever you need it.",
        "breathe.invalid-cycles": "give a whole number of breaths from {1} to {2}",
        "breathe.invalid-pattern":
            "'{1}' is not a breathing pattern; write seconds in-hold-out such as 4-2-6, or in-hold-out-rest such as "
            + "4-4-4-4 (in and out 1 to 10, hold and rest 0 to 10)",
    ]
}
