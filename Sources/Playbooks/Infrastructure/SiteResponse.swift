/// The first answer a website gave to the probe's one request, before any redirect.
struct SiteResponse: Hashable, Sendable {
    /// The HTTP status code.
    var status: Int
    /// Where a redirect points (the `Location` header), if it does.
    var location: String?
    /// The `Server` header, which often names the hosting or protection service.
    var server: String?
    /// Whether a DDoS-protection service answered with a visitor check instead of the
    /// page (Cloudflare marks these with `cf-mitigated: challenge`).
    var isProtectionChallenge: Bool
    /// Milliseconds from sending the request to receiving the response headers.
    var milliseconds: Int
}
