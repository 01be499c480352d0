internal import CYaml

/// Pulls events from libyaml's event API one at a time. It owns the parser and the
/// event buffer and frees both when it goes away, and it copies each event's strings
/// into Swift before deleting the event, so nothing points into libyaml's memory.
/// (A class, not a noncopyable struct: with Swift 6.3.1 the latter crashed in release
/// builds.)
final class YAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let input: UnsafeBufferPointer<UInt8>
    private let file: String

    /// Reads `input`, which must stay valid and non-empty while the reader lives.
    init(input: UnsafeBufferPointer<UInt8>, file: String) {
        precondition(input.baseAddress != nil, "libyaml needs a non-empty buffer")
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        precondition(yaml_parser_initialize(parser) != 0, "libyaml could not allocate its parser")
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
        self.input = input
        self.file = file
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    /// The next event, or the located syntax error libyaml found instead.
    func next() throws(YAMLError) -> YAMLEvent {
        guard yaml_parser_parse(parser, event) != 0 else { throw parseError() }
        defer { yaml_event_delete(event) }
        let data = event.pointee.data
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(at: startLocation)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: Self.string(data.alias.anchor) ?? "", at: startLocation)
        case YAML_SCALAR_EVENT:
            let scalar = data.scalar
            let text = String(
                decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            return .scalar(
                text: text, style: Self.style(scalar.style), properties: properties(scalar.anchor, scalar.tag))
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(properties(data.sequence_start.anchor, data.sequence_start.tag))
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(properties(data.mapping_start.anchor, data.mapping_start.tag))
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            // YAML_STREAM_END_EVENT, or YAML_NO_EVENT once the stream has ended.
            return .streamEnd
        }
    }

    private func properties(
        _ anchor: UnsafeMutablePointer<yaml_char_t>?, _ tag: UnsafeMutablePointer<yaml_char_t>?
    ) -> YAMLEvent.Properties {
        YAMLEvent.Properties(anchor: Self.string(anchor), tag: Self.string(tag), location: startLocation)
    }

    private var startLocation: SourceLocation {
        let mark = event.pointee.start_mark
        return SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    /// The error libyaml recorded, located at its problem mark; reader errors carry only
    /// a byte offset, which is turned into a line and column here.
    private func parseError() -> YAMLError {
        let state = parser.pointee
        var problem = state.problem.map { String(cString: $0) } ?? "libyaml stopped without saying why"
        switch state.error {
        case YAML_READER_ERROR:
            if state.problem_value >= 0 {
                let hex = String(UInt32(state.problem_value), radix: 16, uppercase: true)
                problem += " (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex))"
            }
            let at = TextPosition.location(ofByte: Int(state.problem_offset), in: input, file: file)
            return .syntax(problem: problem, at: at)
        case YAML_MEMORY_ERROR:
            return .syntax(problem: "libyaml ran out of memory", at: SourceLocation(file: file, line: 1, column: 1))
        default:
            if let context = state.context {
                let mark = state.context_mark
                problem +=
                    " \(String(cString: context)) that starts at line \(mark.line + 1), column \(mark.column + 1)"
            }
            let mark = state.problem_mark
            return .syntax(
                problem: problem, at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            )
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
