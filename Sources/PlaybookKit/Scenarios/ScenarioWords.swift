/// Words for the ids a scenario's handout would otherwise show: the directory's service
/// keys and region names, and how a playbook ended, so that a page for people reads in
/// plain English rather than `ddos_protection` or `latin-america`.
public enum ScenarioWords {
    /// The directory's services, as a handout heads them.
    public static let services: [String: String] = [
        "digital_helpline": "Digital security helplines",
        "ddos_protection": "Protection against DDoS attacks",
        "secure_hosting": "Secure hosting",
        "forensics": "Forensic analysis",
        "legal": "Legal support",
        "psychosocial": "Psycho-social support",
        "emergency_grants": "Emergency grants",
        "relocation": "Relocation",
        "advocacy": "Advocacy",
        "physical_security": "Physical security",
        "account_recovery": "Account recovery",
        "training": "Training",
    ]

    /// The directory's regions in words.
    public static let regions: [String: String] = [
        "africa": "Africa",
        "asia": "Asia",
        "eurasia": "Eurasia",
        "europe": "Europe",
        "latin-america": "Latin America",
        "middle-east-north-africa": "Middle East and North Africa",
        "north-america": "North America",
        "oceania": "Oceania",
    ]

    /// The service `key` in words; a key without words is spelt out from the key itself.
    public static func service(_ key: String) -> String {
        services[key] ?? spelledOut(key)
    }

    /// The region `key` in words.
    public static func region(_ key: String) -> String {
        regions[key] ?? spelledOut(key)
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

    /// `key` with dashes and underscores as spaces and a capital first letter.
    static func spelledOut(_ key: String) -> String {
        let words = key.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
