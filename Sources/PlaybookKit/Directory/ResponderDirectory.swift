/// The organisations that can help, searchable by service, language and region.
public struct ResponderDirectory: Hashable, Sendable, Codable {
    /// The service keys organisations and playbooks may use.
    public static let serviceKeys: Set<String> = [
        "digital_helpline", "ddos_protection", "secure_hosting", "forensics", "legal",
        "psychosocial", "emergency_grants", "relocation", "advocacy", "physical_security",
        "account_recovery", "training",
    ]

    /// The regions an organisation may serve besides `global`, which means every region.
    public static let regionKeys = [
        "africa", "asia", "eurasia", "europe", "latin-america", "middle-east-north-africa", "north-america", "oceania",
    ]
    /// The region value meaning every region.
    public static let globalRegion = "global"

    /// Who an organisation may serve exclusively (`serves-only`), and who a person may
    /// say they are, so that a journalists-only fund is offered to journalists.
    public static let audienceKeys = ["journalists", "lgbtqi-defenders", "organisations", "women-defenders"]

    /// Every organisation, sorted by id.
    public var organisations: [Organisation]

    /// Creates a directory.
    public init(organisations: [Organisation]) {
        self.organisations = organisations.sorted { $0.id < $1.id }
    }

    /// The organisation with this id.
    public func organisation(_ id: String) -> Organisation? {
        organisations.first { $0.id == id }
    }

    /// Organisations offering `service` (any, when nil) that work in `language` and serve
    /// `region` (an organisation serving `global` serves every region).
    public func matching(service: String? = nil, language: String? = nil, region: String? = nil) -> [Organisation] {
        organisations.filter { organisation in
            (service.map { organisation.services.contains($0) } ?? true)
                && (language.map { organisation.languages.contains($0) } ?? true)
                && (region.map { serves(organisation, region: $0) } ?? true)
        }
    }
}
