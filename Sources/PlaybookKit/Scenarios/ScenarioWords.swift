/// Words for the ids a scenario's handout would otherwise show: the directory's service
/// keys and region names (from the directory's one string table), and how a playbook ended, so that a page for people reads in
/// plain English rather than `ddos_protection` or `latin-america`.
public enum ScenarioWords {
    /// The service `key` in words, as a handout heads it (from `DirectoryText`).
    public static func service(_ key: String) -> String {
        let words = DirectoryText.english.service(key)
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The region `key` in words (from `DirectoryText`).
    public static func region(_ key: String) -> String {
        DirectoryText.english.region(key)
    }

    /// How a playbook ended, in a sentence for the facilitator.
    public static func outcome(_ outcome: EndOutcome) -> String {
        switch outcome {
        case .escalated: "Escalated: help is needed urgently, beyond the playbook."
        case .referred: "Referred: the next step is to contact an organisation."
        case .monitoring: "Monitoring: nothing more to do now; watch for signs and come back."
        case .resolved: "Resolved: what was needed is done."
        }
    }

    /// `key` with dashes and underscores as spaces and a capital first letter, for an id
    /// that has no words (a facet the registry does not know).
    static func spelledOut(_ key: String) -> String {
        let words = key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
