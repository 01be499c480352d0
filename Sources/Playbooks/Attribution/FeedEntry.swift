/// One entry of an indicator list as loaded from a file.
struct FeedEntry: Hashable, Sendable {
    /// What it stands for.
    var target: FeedTarget
    /// The STIX indicator's name, or a plain list's comment after the entry; may be empty.
    var name: String
}
