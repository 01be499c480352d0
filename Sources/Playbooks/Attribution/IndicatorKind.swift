/// What an indicator of compromise is. The raw value is the `type` field of the records
/// the actions output, so playbooks can branch on it.
enum IndicatorKind: String, CaseIterable, Hashable, Sendable {
    case url, domain, ipv4, ipv6, email, md5, sha1, sha256

    /// The output key of the per-type list this kind is collected in.
    var listKey: String {
        switch self {
        case .url: return "urls"
        case .domain: return "domains"
        case .ipv4: return "ipv4"
        case .ipv6: return "ipv6"
        case .email: return "emails"
        case .md5, .sha1, .sha256: return "hashes"
        }
    }

    /// The per-type output keys, in the order the docs list them.
    static let listKeys = ["urls", "domains", "ipv4", "ipv6", "emails", "hashes"]

    /// The key of its word for people, e.g. in the report.
    var labelKey: String { "kind.\(rawValue)" }
}
