/// Bounds that keep a hostile or broken file from exhausting time or memory. A playbook
/// is a few kilobytes; these leave ample room for real content and none for bombs.
public struct YAMLLimits: Hashable, Sendable {
    /// Largest file accepted, in bytes.
    public var maxFileBytes: Int
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes that aliases may add to a document when expanded; a "billion laughs"
    /// file crosses it after a few thousand nodes instead of exhausting memory.
    public var maxAliasExpansion: Int

    /// Creates limits.
    public init(maxFileBytes: Int, maxDepth: Int, maxAliasExpansion: Int) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    /// Defaults for playbooks and other files this tool reads: 8 MiB, 64 levels,
    /// 10,000 nodes added by aliases.
    public static let `default` = YAMLLimits(maxFileBytes: 8 << 20, maxDepth: 64, maxAliasExpansion: 10_000)
}
