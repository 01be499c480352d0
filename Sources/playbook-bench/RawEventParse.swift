import CYaml

/// Parses `bytes` with libyaml's event API and discards every event: the floor under
/// any loader built on libyaml. Returns the number of events, so the work is not
/// optimised away.
func rawEventCount(_ bytes: [UInt8]) -> Int {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) != 0 else { return 0 }
    defer { yaml_parser_delete(&parser) }
    var event = yaml_event_t()
    var count = 0
    return bytes.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        while yaml_parser_parse(&parser, &event) != 0 {
            count += 1
            let type = event.type
            yaml_event_delete(&event)
            if type == YAML_STREAM_END_EVENT { return count }
        }
        return -1
    }
}
