/// The verdicts one Authentication-Results header (RFC 8601) records: which checks
/// the receiving server ran (SPF, DKIM, DMARC, …) and what they gave.
struct AuthenticationResults: Hashable, Sendable {
    /// Results by method in lower case, in the order written; a message signed twice has two DKIM results.
    var results: [String: [String]] = [:]
    /// Whether the server wrote `none`: it ran no check at all.
    var ranNoChecks = false

    /// Reads a header value such as
    /// `mx.example.com; spf=pass smtp.mailfrom=example.org; dkim=fail header.d=example.org; dmarc=fail`.
    init(parsing value: String) {
        let statements = MailAddress.splitOutsideQuotes(MailAddress.removingComments(value), at: ";").dropFirst()
        for statement in statements {
            let words = statement.split(whereSeparator: \.isWhitespace)
            guard let first = words.first else { continue }
            if first.lowercased() == "none" {
                ranNoChecks = true
                continue
            }
            let pair = first.split(separator: "=", maxSplits: 1)
            let result = pair.count == 2 ? AuthenticationResults.keyword(pair[1]) : ""
            guard !result.isEmpty, let method = pair[0].split(separator: "/").first else { continue }
            results[method.lowercased(), default: []].append(result)
        }
    }

    /// A result word in lower case, reduced to its letters: results are keywords such as
    /// `pass` or `softfail`, and anything else in a forged header must not reach a report.
    static func keyword(_ text: some StringProtocol) -> String {
        text.lowercased().filter(\.isASCIILetter)
    }

    /// The verdict for `method`: `pass` when any result passed, else the first result; nil when not checked.
    func verdict(_ method: String) -> String? {
        guard let found = results[method], let first = found.first else { return nil }
        return found.contains("pass") ? "pass" : first
    }
}
