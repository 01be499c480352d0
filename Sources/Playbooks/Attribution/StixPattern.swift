/// The part of the STIX 2.1 patterning language that names single indicators:
/// equality comparisons such as `[domain-name:value = 'example.com']`, alone or joined
/// by `OR`. Anything else (AND, FOLLOWEDBY, qualifiers, other operators or objects)
/// describes more than a single value, so it is skipped and counted, never guessed at.
struct StixPattern: Hashable, Sendable {
    /// What each usable comparison names.
    var targets: [FeedTarget] = []
    /// How many comparisons (or whole unreadable patterns) were not used.
    var skipped = 0

    /// Reads a pattern.
    init(parsing pattern: String) {
        guard let tokens = StixPattern.tokens(pattern), let groups = StixPattern.observations(tokens) else {
            skipped = 1
            return
        }
        let comparisons = { (group: [Token]) in
            max(1, group.filter { if case .operator = $0 { true } else { false } }.count)
        }
        guard !groups.combined else {
            skipped = groups.brackets.map(comparisons).reduce(0, +)
            return
        }
        for group in groups.brackets {
            guard !group.contains(.word("AND")) else {
                skipped += comparisons(group)
                continue
            }
            let parts = group.filter { $0 != .leftParenthesis && $0 != .rightParenthesis }
                .split(separator: .word("OR"))
            for part in parts {
                if let target = StixPattern.target(Array(part)) {
                    targets.append(target)
                } else {
                    skipped += 1
                }
            }
        }
    }

    /// One lexical token; words are upper-cased only when they are keywords.
    private enum Token: Hashable {
        case leftBracket, rightBracket, leftParenthesis, rightParenthesis
        case string(String)
        case `operator`(String)
        case word(String)
    }

    private static let keywords: Set<String> = [
        "AND", "OR", "NOT", "FOLLOWEDBY", "LIKE", "MATCHES", "IN", "ISSUBSET", "ISSUPERSET", "WITHIN", "REPEATS",
        "START", "STOP", "SECONDS", "TIMES",
    ]

    /// The object paths that name a single value, and the kinds that value may be.
    private static func kinds(forPath path: String) -> Set<IndicatorKind>? {
        switch path {
        case "domain-name:value": return [.domain]
        case "ipv4-addr:value": return [.ipv4]
        case "ipv6-addr:value": return [.ipv6]
        case "url:value": return [.url]
        case "email-addr:value", "email-message:from_ref.value", "email-message:sender_ref.value": return [.email]
        default:
            guard path.hasPrefix("file:hashes.") else { return nil }
            let algorithm = path.dropFirst("file:hashes.".count).filter { $0 != "'" && $0 != "-" }.uppercased()
            return ["MD5": [.md5], "SHA1": [.sha1], "SHA256": [.sha256]][algorithm]
        }
    }

    /// The target of `path = 'value'` when the path is supported and the value fits it.
    private static func target(_ part: [Token]) -> FeedTarget? {
        guard part.count == 3, case .word(let path) = part[0], part[1] == .operator("="),
            case .string(let value) = part[2], let kinds = kinds(forPath: path)
        else { return nil }
        let target = FeedTarget(value)
        switch target {
        case .indicator(let indicator) where kinds.contains(indicator.kind):
            return target
        case .network(let network) where kinds.contains(network.address.count == 4 ? .ipv4 : .ipv6):
            return target
        default:
            return nil
        }
    }

    /// The bracketed observation expressions, and whether anything at the top level
    /// (AND, FOLLOWEDBY, a qualifier) makes them mean more than "any of these"; nil
    /// when the brackets do not balance.
    private static func observations(_ tokens: [Token]) -> (brackets: [[Token]], combined: Bool)? {
        var brackets: [[Token]] = []
        var current: [Token]?
        var combined = false
        for token in tokens {
            switch (token, current) {
            case (.leftBracket, nil): current = []
            case (.leftBracket, _): return nil
            case (.rightBracket, let open?):
                brackets.append(open)
                current = nil
            case (.rightBracket, nil): return nil
            case (_, var open?):
                open.append(token)
                current = open
            case (.word("OR"), nil), (.leftParenthesis, nil), (.rightParenthesis, nil): break
            default: combined = true
            }
        }
        guard current == nil, !brackets.isEmpty else { return nil }
        return (brackets, combined)
    }

    /// The pattern's tokens; nil when a string is not closed.
    private static func tokens(_ pattern: String) -> [Token]? {
        var tokens: [Token] = []
        var characters = pattern[...]
        while let character = characters.first {
            switch character {
            case _ where character.isWhitespace: characters.removeFirst()
            case "[":
                tokens.append(.leftBracket)
                characters.removeFirst()
            case "]":
                tokens.append(.rightBracket)
                characters.removeFirst()
            case "(":
                tokens.append(.leftParenthesis)
                characters.removeFirst()
            case ")":
                tokens.append(.rightParenthesis)
                characters.removeFirst()
            case "'":
                characters.removeFirst()
                guard let literal = quoted(&characters) else { return nil }
                tokens.append(.string(literal))
            case "=", "!", "<", ">":
                let run = characters.prefix { "=!<>".contains($0) }
                tokens.append(.operator(String(run)))
                characters.removeFirst(run.count)
            default:
                var word = ""
                while let next = characters.first, !next.isWhitespace, !"[]()=!<>".contains(next) {
                    if next == "'" {
                        guard word.hasSuffix(".") else { break }
                        characters.removeFirst()
                        guard let key = quoted(&characters) else { return nil }
                        word += "'" + key + "'"
                    } else {
                        word.append(characters.removeFirst())
                    }
                }
                tokens.append(.word(keywords.contains(word.uppercased()) ? word.uppercased() : word))
            }
        }
        return tokens
    }

    /// Reads a quoted string after its opening quote, undoing `\'` and `\\`; nil when unterminated.
    private static func quoted(_ characters: inout Substring) -> String? {
        var literal = ""
        while let next = characters.popFirst() {
            switch next {
            case "\\":
                guard let escaped = characters.popFirst() else { return nil }
                literal.append(escaped)
            case "'":
                return literal
            default:
                literal.append(next)
            }
        }
        return nil
    }
}
