import Foundation
import PlaybookKit

/// One Received header: a server saying which machine it got the message from, and
/// when. The chain, read from the bottom up, is the path the message took; every hop
/// before the recipient's own servers can be forged by the sender.
struct ReceivedHop: Hashable, Sendable {
    /// The name the sending machine gave, e.g. `mail.example.org`.
    var from = ""
    /// The address the receiving server saw the sender connect from, when it recorded one.
    var ip = ""
    /// The server that received the message.
    var by = ""
    /// The protocol, e.g. `ESMTPS`.
    var with = ""
    /// The date as written.
    var date = ""
    /// The date read, when it could be.
    var time: Date?

    private static let keywords: Set<String> = ["from", "by", "via", "with", "id", "for"]

    /// Reads a Received header's value, e.g.
    /// `from mx.example.org (mx.example.org [192.0.2.10]) by mail.example.com with ESMTPS id 42; Tue, 5 Mar 2024 10:02:03 +0000`.
    init(parsing value: String) {
        var clauses = Substring(value)
        if let semicolon = value.lastIndex(of: ";") {
            clauses = value[..<semicolon]
            date = value[value.index(after: semicolon)...].collapsingSpaces()
            time = MailDate.parse(date)
        }
        let tokens = ReceivedHop.tokens(clauses)
        var fromClause: [String] = []
        var keyword = ""
        for (index, token) in tokens.enumerated() {
            let lower = token.lowercased()
            if ReceivedHop.keywords.contains(lower) {
                keyword = lower
                let next = tokens.dropFirst(index + 1).first ?? ""
                let word = next.hasPrefix("(") ? "" : next
                switch lower {
                case "from" where from.isEmpty: from = word
                case "by" where by.isEmpty: by = word
                case "with" where with.isEmpty: with = word
                default: break
                }
            } else if keyword == "from" {
                fromClause.append(token)
            }
        }
        let address = IndicatorExtractor.extract(from: fromClause.joined(separator: " "))
            .first { $0.kind == .ipv4 || $0.kind == .ipv6 }
        ip = address?.value ?? ""
    }

    /// The record the `email-headers` action outputs for the hop at `index` (1 = where the message started).
    func record(index: Int) -> Value {
        .record([
            "index": .number(Double(index)),
            "from": .string(from),
            "ip": .string(ip),
            "by": .string(by),
            "with": .string(with),
            "date": .string(date),
            "time": .string(time.map { $0.formatted(.iso8601) } ?? ""),
        ])
    }

    /// Words and whole `(comments)`, which may nest.
    private static func tokens(_ text: Substring) -> [String] {
        var tokens: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if depth > 0 {
                current.append(character)
                if character == "(" { depth += 1 }
                if character == ")" {
                    depth -= 1
                    if depth == 0 {
                        tokens.append(current)
                        current = ""
                    }
                }
            } else if character == "(" {
                if !current.isEmpty { tokens.append(current) }
                current = "("
                depth = 1
            } else if character.isWhitespace {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
