/// The pieces of a URL that matter for normalising and defanging it.
struct URLParts: Hashable, Sendable {
    /// `http`, `https` or `ftp`, lower case.
    var scheme: String
    /// Anything before the host, with its `@`, e.g. `user@`; phishing uses it to show a
    /// trusted name before the real host.
    var userinfo: String
    /// The host.
    var host: Indicator
    /// The port with its colon, or empty.
    var port: String
    /// Path, query and fragment, exactly as written.
    var tail: String

    /// The URL with its scheme and host in lower case and an empty path written `/`.
    var normalized: String { scheme + "://" + userinfo + hostText(host.value) + port + (tail.isEmpty ? "/" : tail) }

    /// The URL with its scheme and host defanged; path and query are left as written.
    var defanged: String {
        let schemeText = ["http": "hxxp", "https": "hxxps", "ftp": "fxp"][scheme] ?? scheme
        return schemeText + "://" + userinfo + hostText(host.defanged) + port + (tail.isEmpty ? "/" : tail)
    }

    private func hostText(_ text: String) -> String {
        host.kind == .ipv6 ? "[" + text + "]" : text
    }
}
