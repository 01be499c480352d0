/// Looks indicators up in local lists. Comparison is on normal forms: domains and
/// e-mail addresses without regard to case, hashes as lower-case hex, IPv6 addresses
/// compressed. A URL also matches a listed host, an e-mail address a listed domain, and
/// an IP address a listed range.
enum IndicatorMatcher {
    /// Every match of `indicators` (as given, possibly defanged) in `feeds`, each once.
    static func matches(of indicators: [String], in feeds: [IndicatorFeed]) -> [IndicatorMatch] {
        let queries = indicators.map(FeedTarget.init)
        var found: [IndicatorMatch] = []
        var seen = Set<IndicatorMatch>()
        for feed in feeds {
            let byTarget = Dictionary(grouping: feed.entries, by: \.target)
            let networks = feed.entries.compactMap { entry -> (IPNetwork, FeedEntry)? in
                guard case .network(let network) = entry.target else { return nil }
                return (network, entry)
            }
            for query in queries {
                var hits = byTarget[query] ?? []
                hits += query.alsoMatchesAs.flatMap { byTarget[.indicator($0)] ?? [] }
                if let bytes = query.addressBytes {
                    hits += networks.filter { $0.0.contains(bytes) }.map(\.1)
                }
                for hit in hits {
                    let match = IndicatorMatch(
                        indicator: query, source: feed.source, name: hit.name, listed: hit.target)
                    if seen.insert(match).inserted { found.append(match) }
                }
            }
        }
        return found
    }
}
