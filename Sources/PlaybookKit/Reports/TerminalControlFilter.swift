/// Removes terminal control characters and escape sequences from text that reaches a
/// report. A report may be printed in a terminal (`playbook report` without `--output`)
/// or opened in a pager, where an escape sequence hidden in an answer or an action's
/// output could rewrite the screen, change the window title or hide lines.
enum TerminalControlFilter {
    /// `text` without C0 and C1 control characters (line feeds and tabs are kept) and
    /// without the whole of any escape sequence (CSI, OSC, DCS and the like), so no
    /// fragment such as `[31m` is left behind.
    static func strip(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x0A, 0x09:
                kept.append(scalar)
                index += 1
            case 0x1B:
                index = endOfEscape(scalars, from: index + 1)
            case 0x9B:
                index = endOfControlSequence(scalars, from: index + 1)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                index = endOfControlString(scalars, from: index + 1)
            case 0x00...0x1F, 0x7F...0x9F:
                index += 1
            default:
                kept.append(scalar)
                index += 1
            }
        }
        return String(kept)
    }

    /// The index after an escape sequence whose ESC came just before `start`.
    private static func endOfEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start < scalars.count else { return start }
        switch scalars[start] {
        case "[": return endOfControlSequence(scalars, from: start + 1)
        case "]", "P", "X", "^", "_": return endOfControlString(scalars, from: start + 1)
        default:
            // Two-character sequences (ESC c, ESC 7, ESC ( B...): intermediates, then a final byte.
            var index = start
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { index += 1 }
            return index
        }
    }

    /// The index after a CSI sequence's parameters, intermediates and final byte.
    private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
        if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
        return index
    }

    /// The index after a control string (OSC, DCS, SOS, PM, APC), which BEL, ESC \ or
    /// ST ends; an unterminated one runs to the end of the text.
    private static func endOfControlString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x07, 0x9C: return index + 1
            case 0x1B: return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index
            default: index += 1
            }
        }
        return index
    }
}
