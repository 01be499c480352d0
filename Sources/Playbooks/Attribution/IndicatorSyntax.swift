#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The rules that decide whether a piece of text is an indicator, shared by extraction
/// (which finds indicators in prose) and matching (which reads them from lists). Strict
/// rules are for prose, where "report.pdf" or "1.2.3" must not be taken for a host;
/// lists and URLs say what they hold, so they get the lenient rules.
enum IndicatorSyntax {
    /// Common file extensions that prose uses after a dot and that are not treated as
    /// top-level domains there. `zip` and `mov` are real top-level domains, but in a
    /// pasted message they far more often end an attachment's name; a host with them is
    /// still found inside a URL or an e-mail address.
    static let fileExtensions: Set<String> = [
        "apk", "asp", "aspx", "avi", "bak", "bat", "bin", "bmp", "cfg", "cmd", "conf", "cpp",
        "css", "csv", "dat", "dll", "dmg", "doc", "docm", "docx", "eml", "exe", "gif", "gz",
        "heic", "htm", "html", "ico", "ics", "img", "ini", "iso", "jar", "java", "jpeg", "jpg",
        "js", "json", "jsp", "lnk", "log", "mjs", "mkv", "mov", "msg", "msi", "odp", "ods",
        "odt", "ogg", "pdf", "php", "png", "ppt", "pptx", "rar", "rb", "rtf", "scr", "svg",
        "swift", "tar", "tgz", "tif", "tiff", "tmp", "tsv", "txt", "vcf", "wav", "webm",
        "webp", "xhtml", "xls", "xlsm", "xlsx", "xml", "xz", "yaml", "yml", "zip",
    ]

    /// The URL schemes that are recognised.
    static let schemes: Set<String> = ["http", "https", "ftp"]

    /// `text` as a lower-case domain name, or nil. A name needs two labels or more of
    /// letters, digits and inner hyphens, and a last label of two letters or more (or an
    /// internationalised `xn--` label). Strict rules also refuse a last label that is a
    /// common file extension or that mixes cases ("end.Next" is a sentence, not a host).
    static func domain(_ text: Substring, strict: Bool) -> String? {
        var name = text
        if name.hasSuffix(".") { name = name.dropLast() }
        guard !name.isEmpty, name.utf8.count <= 253 else { return nil }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy(isHostLabel), let last = labels.last else { return nil }
        let lowerLast = last.lowercased()
        let isIDN = lowerLast.hasPrefix("xn--") && lowerLast.count > 4
        guard isIDN || (last.count >= 2 && last.allSatisfy(\.isASCIILetter)) else { return nil }
        if strict {
            guard !fileExtensions.contains(lowerLast) else { return nil }
            guard last == last.lowercased() || last == last.uppercased() else { return nil }
        }
        return name.lowercased()
    }

    /// The four bytes of a dotted-decimal IPv4 address, or nil. Leading zeros are
    /// refused: "010" means 8 to some programs and 10 to others.
    static func ipv4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(\.isASCIIDigit),
                part == "0" || !part.hasPrefix("0"), let number = UInt8(part)
            else { return nil }
            bytes.append(number)
        }
        return bytes
    }

    /// The sixteen bytes of an IPv6 address, or nil.
    static func ipv6(_ text: Substring) -> [UInt8]? {
        guard text.contains(":"), text.allSatisfy({ $0.isASCIIHexDigit || $0 == ":" || $0 == "." }) else {
            return nil
        }
        var address = in6_addr()
        guard String(text).withCString({ inet_pton(AF_INET6, $0, &address) }) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }

    /// The usual text of an address given as 4 or 16 bytes (IPv6 compressed, lower case).
    static func addressText(_ bytes: [UInt8]) -> String {
        guard bytes.count == 16 else { return bytes.map(String.init).joined(separator: ".") }
        var address = in6_addr()
        withUnsafeMutableBytes(of: &address) { $0.copyBytes(from: bytes) }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(AF_INET6, &address, &buffer, socklen_t(buffer.count)) != nil else { return "" }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// The hash kind of a hex string of 32, 40 or 64 digits, or nil. Strict rules want
    /// both a digit and a letter, so a long number is not taken for a hash.
    static func hashKind(_ text: Substring, strict: Bool) -> IndicatorKind? {
        guard text.allSatisfy(\.isASCIIHexDigit) else { return nil }
        if strict {
            guard text.contains(where: \.isASCIIDigit), text.contains(where: { !$0.isASCIIDigit }) else {
                return nil
            }
        }
        switch text.count {
        case 32: return .md5
        case 40: return .sha1
        case 64: return .sha256
        default: return nil
        }
    }

    /// `text` as a lower-case e-mail address, or nil. Addresses are compared without
    /// regard to case, as nearly every mail system treats them.
    static func email(_ text: Substring) -> String? {
        guard let at = text.lastIndex(of: "@") else { return nil }
        let local = text[..<at]
        guard (1...64).contains(local.count), !local.hasPrefix("."), !local.hasSuffix("."),
            !local.contains(".."), local.allSatisfy(isLocalPartCharacter),
            let domain = domain(text[text.index(after: at)...], strict: false)
        else { return nil }
        return local.lowercased() + "@" + domain
    }

    /// A host as it appears in a URL or a list: a domain, an IPv4 address, or an IPv6
    /// address with or without brackets.
    static func host(_ text: Substring) -> Indicator? {
        if text.hasPrefix("["), text.hasSuffix("]") {
            return ipv6(text.dropFirst().dropLast()).map { Indicator(kind: .ipv6, value: addressText($0)) }
        }
        if let bytes = ipv4(text) { return Indicator(kind: .ipv4, value: addressText(bytes)) }
        if let bytes = ipv6(text) { return Indicator(kind: .ipv6, value: addressText(bytes)) }
        return domain(text, strict: false).map { Indicator(kind: .domain, value: $0) }
    }

    /// The parts of an `http`, `https` or `ftp` URL, or nil when it has no usable host.
    static func url(_ text: Substring) -> URLParts? {
        guard let separator = text.range(of: "://"), !text.contains(where: \.isWhitespace) else { return nil }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard schemes.contains(scheme) else { return nil }
        let rest = text[separator.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        var userinfo: Substring = ""
        var hostAndPort = authority
        if let at = authority.lastIndex(of: "@") {
            userinfo = authority[...at]
            hostAndPort = authority[authority.index(after: at)...]
        }
        var hostText = hostAndPort
        var port: Substring = ""
        if hostAndPort.hasPrefix("[") {
            guard let close = hostAndPort.firstIndex(of: "]") else { return nil }
            hostText = hostAndPort[...close]
            port = hostAndPort[hostAndPort.index(after: close)...]
        } else if let colon = hostAndPort.firstIndex(of: ":") {
            hostText = hostAndPort[..<colon]
            port = hostAndPort[colon...]
        }
        if !port.isEmpty {
            let digits = port.dropFirst()
            guard port.hasPrefix(":"), (1...5).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else {
                return nil
            }
        }
        guard let host = host(hostText) else { return nil }
        return URLParts(
            scheme: scheme, userinfo: String(userinfo), host: host, port: String(port),
            tail: String(rest[authorityEnd...]))
    }

    /// What a piece of text from a list or a parameter is, after refanging; nil when it
    /// is none of the known kinds. Lenient: lists say what they hold.
    static func classify(_ text: String) -> Indicator? {
        let candidate = Substring(text.trimmingWhitespace())
        guard !candidate.isEmpty else { return nil }
        if candidate.contains("://") {
            return url(candidate).map { Indicator(kind: .url, value: $0.normalized) }
        }
        if candidate.contains("@") { return email(candidate).map { Indicator(kind: .email, value: $0) } }
        if let kind = hashKind(candidate, strict: false) { return Indicator(kind: kind, value: candidate.lowercased()) }
        return host(candidate)
    }

    private static func isHostLabel(_ label: Substring) -> Bool {
        (1...63).contains(label.count) && label.first != "-" && label.last != "-"
            && label.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "-" }
    }

    private static func isLocalPartCharacter(_ character: Character) -> Bool {
        character.isASCIILetter || character.isASCIIDigit || "!#$%&'*+/=?^_`{|}~.-".contains(character)
    }
}
