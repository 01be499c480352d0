/// One libyaml parse event with everything the tree builder needs copied out of C
/// memory, so that no C type or pointer outlives `yaml_event_delete`.
enum YAMLEvent {
    /// Anchor, tag and start of a node.
    struct Properties {
        var anchor: String? = nil
        /// The tag as libyaml resolved it against the document's `%TAG` directives.
        var tag: String? = nil
        var location: SourceLocation
    }

    case streamStart
    case streamEnd
    case documentStart(at: SourceLocation)
    case documentEnd
    case alias(anchor: String, at: SourceLocation)
    case scalar(text: String, style: YAMLScalar.Style, properties: Properties)
    case sequenceStart(Properties)
    case sequenceEnd
    case mappingStart(Properties)
    case mappingEnd
}
