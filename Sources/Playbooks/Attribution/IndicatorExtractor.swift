/// Finds indicators in pasted prose: a phishing message, a chat log, a report. The text
/// is refanged first, then read in passes from the most to the least specific kind
/// (URLs, e-mail addresses, IPv6, IPv4, hashes, domains); each pass claims the
/// characters it used, so the host inside a URL is not listed again as a domain.
enum IndicatorExtractor {
    /// The longest text accepted, in UTF-8 bytes; a pasted message is far shorter, and
    /// a limit keeps a mistaken paste of a whole disk image from freezing the session.
    static let maximumLength = 2 << 20

    /// The indicators in `text`, each once, in order of first appearance.
    static func extract(from text: String) -> [Indicator] {
        var scan = Scan(Defanging.refang(text))
        scan.findURLs()
        scan.findEmails()
        scan.findIPv6()
        scan.findIPv4()
        scan.findHashes()
        scan.findDomains()
        var seen = Set<Indicator>()
        return scan.found.sorted { $0.position < $1.position }.map(\.indicator).filter { seen.insert($0).inserted }
    }
}

/// The state of one extraction: the text, which characters a pass already claimed,
/// and what was found where.
private struct Scan {
    let scalars: [Unicode.Scalar]
    var taken: [Bool]
    var found: [(position: Int, indicator: Indicator)] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        taken = Array(repeating: false, count: scalars.count)
    }

    mutating func findURLs() {
        var index = 0
        while index + 2 < scalars.count {
            defer { index += 1 }
            guard scalars[index] == ":", scalars[index + 1] == "/", scalars[index + 2] == "/", !taken[index] else {
                continue
            }
            var start = index
            while start > 0, !taken[start - 1], isASCIILetter(scalars[start - 1]) { start -= 1 }
            guard IndicatorSyntax.schemes.contains(text(start..<index).lowercased()) else { continue }
            var end = index + 3
            while end < scalars.count, !taken[end], isURLCharacter(scalars[end]) { end += 1 }
            end = trimmedURLEnd(start..<end, minimum: index + 3)
            guard let parts = IndicatorSyntax.url(text(start..<end)) else { continue }
            claim(start..<end, Indicator(kind: .url, value: parts.normalized))
            index = end - 1
        }
    }

    mutating func findEmails() {
        for index in scalars.indices where scalars[index] == "@" && !taken[index] {
            var start = index
            while start > 0, !taken[start - 1], isLocalPartCharacter(scalars[start - 1]) { start -= 1 }
            var end = index + 1
            while end < scalars.count, !taken[end], isHostCharacter(scalars[end]) { end += 1 }
            while start < index, scalars[start] == "." { start += 1 }
            while end > index + 1, scalars[end - 1] == "." || scalars[end - 1] == "-" { end -= 1 }
            guard start < index, let address = IndicatorSyntax.email(text(start..<end)) else { continue }
            claim(start..<end, Indicator(kind: .email, value: address))
        }
    }

    /// IPv6 candidates are runs of letters, digits, colons and dots, without a final dot
    /// or single colon of the sentence; a run such as `IPv6:2001:db8::1` (as in
    /// Received headers) is also tried after its first colon.
    mutating func findIPv6() {
        for run in runs(where: { isASCIILetter($0) || isDigit($0) || $0 == ":" || $0 == "." }) {
            guard let colon = run.first(where: { scalars[$0] == ":" }) else { continue }
            for candidate in [run, (colon + 1)..<run.upperBound] {
                var range = candidate
                while range.upperBound > range.lowerBound, scalars[range.upperBound - 1] == "." {
                    range = range.lowerBound..<(range.upperBound - 1)
                }
                if range.count > 2, scalars[range.upperBound - 1] == ":", scalars[range.upperBound - 2] != ":" {
                    range = range.lowerBound..<(range.upperBound - 1)
                }
                let candidateText = text(range)
                guard candidateText.filter({ $0 == ":" }).count >= 2, candidateText.contains(where: \.isASCIIHexDigit),
                    let bytes = IndicatorSyntax.ipv6(candidateText)
                else { continue }
                claim(range, Indicator(kind: .ipv6, value: IndicatorSyntax.addressText(bytes)))
                break
            }
        }
    }

    /// Four dotted numbers standing alone: "1.2.3" and "1.2.3.4.5" are versions, and
    /// letters glued to the run mean it is part of a word.
    mutating func findIPv4() {
        for run in runs(where: { isDigit($0) || $0 == "." }) where isBoundary(before: run) && isBoundary(after: run) {
            let range = trimmed(run, dropping: ["."])
            guard let bytes = IndicatorSyntax.ipv4(text(range)) else { continue }
            claim(range, Indicator(kind: .ipv4, value: IndicatorSyntax.addressText(bytes)))
        }
    }

    mutating func findHashes() {
        for run in runs(where: { isASCIILetter($0) || isDigit($0) })
        where isBoundary(before: run) && isBoundary(after: run) {
            guard [32, 40, 64].contains(run.count) else { continue }
            let candidate = text(run)
            guard let kind = IndicatorSyntax.hashKind(candidate, strict: true) else { continue }
            claim(run, Indicator(kind: kind, value: candidate.lowercased()))
        }
    }

    mutating func findDomains() {
        let member: (Unicode.Scalar) -> Bool = { isHostCharacter($0) || $0 == "_" }
        for run in runs(where: member) where isBoundary(before: run) && isBoundary(after: run) {
            let range = trimmed(run, dropping: [".", "-"])
            guard range.contains(where: { scalars[$0] == "." }) else { continue }
            guard let name = IndicatorSyntax.domain(text(range), strict: true) else { continue }
            claim(range, Indicator(kind: .domain, value: name))
        }
    }

    private mutating func claim(_ range: Range<Int>, _ indicator: Indicator) {
        for index in range { taken[index] = true }
        found.append((range.lowerBound, indicator))
    }

    private func text(_ range: Range<Int>) -> Substring {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return Substring(String(view))
    }

    /// Maximal runs of unclaimed characters that satisfy `member`.
    private func runs(where member: (Unicode.Scalar) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for index in 0...scalars.count {
            let inside = index < scalars.count && !taken[index] && member(scalars[index])
            if inside, start == nil { start = index }
            if !inside, let first = start {
                result.append(first..<index)
                start = nil
            }
        }
        return result
    }

    private func trimmed(_ range: Range<Int>, dropping: Set<Unicode.Scalar>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, dropping.contains(scalars[lower]) { lower += 1 }
        while upper > lower, dropping.contains(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Where a URL really ends: sentence punctuation and a closing bracket that the URL
    /// did not open belong to the prose around it.
    private func trimmedURLEnd(_ range: Range<Int>, minimum: Int) -> Int {
        var end = range.upperBound
        func count(_ scalar: Unicode.Scalar) -> Int { scalars[range.lowerBound..<end].filter { $0 == scalar }.count }
        while end > minimum {
            let last = scalars[end - 1]
            let unbalanced =
                (last == ")" && count("(") < count(")")) || (last == "]" && count("[") < count("]"))
            guard ".,;:!?'*".unicodeScalars.contains(last) || unbalanced else { break }
            end -= 1
        }
        return end
    }

    private func isBoundary(before range: Range<Int>) -> Bool {
        range.lowerBound == 0 || !isWordCharacter(scalars[range.lowerBound - 1])
    }

    private func isBoundary(after range: Range<Int>) -> Bool {
        range.upperBound == scalars.count || !isWordCharacter(scalars[range.upperBound])
    }
}

private func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
}

private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

/// Letters of any script, digits and underscores: what glues characters into a word.
private func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
}

private func isHostCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isASCIILetter(scalar) || isDigit(scalar) || scalar == "." || scalar == "-"
}

private func isLocalPartCharacter(_ scalar: Unicode.Scalar) -> Bool {
    isASCIILetter(scalar) || isDigit(scalar) || "._%+-".unicodeScalars.contains(scalar)
}

/// Printable ASCII except the characters that cannot appear unescaped in a URL and
/// usually delimit one in prose.
private func isURLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    (0x21...0x7E).contains(scalar.value) && !"<>\"`{}|\\^".unicodeScalars.contains(scalar)
}
