import PlaybookKit

/// An indicator found in a list.
struct IndicatorMatch: Hashable, Sendable {
    /// The indicator looked up, in normal form.
    var indicator: FeedTarget
    /// The list's file name.
    var source: String
    /// The STIX indicator's name or the list entry's comment; may be empty.
    var name: String
    /// The list entry that matched, which differs from the indicator when a URL matched
    /// by its host or an address matched a range.
    var listed: FeedTarget

    /// The record the `match-indicators` action outputs.
    var record: Value {
        .record([
            "indicator": .string(indicator.text),
            "defanged": .string(indicator.defanged),
            "source": .string(source),
            "name": .string(name),
            "listed": .string(listed.defanged),
        ])
    }
}
