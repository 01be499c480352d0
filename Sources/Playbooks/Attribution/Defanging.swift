/// Indicators written so that no mail program or chat turns them into a link and no
/// tool resolves them by accident (`hxxps://example[.]org/path`, `198.51.100[.]7`,
/// `someone[@]example[.]org`), and the reverse, so that pasted text that was already
/// defanged by someone else is still understood.
public enum Defanging {
    /// `text` with the usual defanging undone: the schemes `hxxp`, `hxxps`, `fxp`; the
    /// dots `[.]`, `(.)`, `{.}`, `[dot]`, `(dot)`, `\.`; the at signs `[@]`, `(@)`,
    /// `[at]`, `(at)`; and `[:]`, `[://]`, `[/]`. Spaces around a bracketed dot or at
    /// sign are dropped too (`someone [at] example [dot] org`).
    public static func refang(_ text: String) -> String {
        let spacedMarker = #/[ \t]*[\[\(\{][ \t]*(?<mark>\.|dot|@|at)[ \t]*[\]\)\}][ \t]*/#.ignoresCase()
        let tightMarker = #/[\[\(\{](?<mark>:\/\/|:|\/)[\]\)\}]/#
        let scheme = #/\b(?<name>h(?:xx|tt|\*\*)p|fxp)(?<secure>s?)(?=:\/\/)/#.ignoresCase()
        var result = text.replacing(spacedMarker) { match in
            switch match.output.mark.lowercased() {
            case ".", "dot": return "."
            default: return "@"
            }
        }
        result = result.replacing(tightMarker) { String($0.output.mark) }
        result = result.replacing("\\.", with: ".")
        return result.replacing(scheme) { match in
            (match.output.name.lowercased() == "fxp" ? "ftp" : "http") + match.output.secure.lowercased()
        }
    }

    /// The defanged form of an indicator given as text, refanged first; text that is not
    /// a URL, domain, IP address or network, e-mail address or hash comes back unchanged.
    public static func defang(_ text: String) -> String {
        let plain = refang(text)
        if let indicator = IndicatorSyntax.classify(plain) { return defang(indicator) }
        if let network = IPNetwork(plain) { return network.defanged }
        return text
    }

    /// The defanged form of an indicator.
    static func defang(_ indicator: Indicator) -> String {
        switch indicator.kind {
        case .url:
            return IndicatorSyntax.url(Substring(indicator.value))?.defanged ?? indicator.value
        case .domain, .ipv4:
            return bracketingLastDot(indicator.value)
        case .ipv6:
            return indicator.value.replacing(":", with: "[:]")
        case .email:
            guard let at = indicator.value.lastIndex(of: "@") else { return indicator.value }
            let domain = indicator.value[indicator.value.index(after: at)...]
            return indicator.value[..<at] + "[@]" + bracketingLastDot(String(domain))
        case .md5, .sha1, .sha256:
            return indicator.value
        }
    }

    /// `text` with its last dot written `[.]`.
    static func bracketingLastDot(_ text: String) -> String {
        guard let dot = text.lastIndex(of: ".") else { return text }
        return text[..<dot] + "[.]" + text[text.index(after: dot)...]
    }
}
