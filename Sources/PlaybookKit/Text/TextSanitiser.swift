/// Removes whatever a terminal, a pager or an editor would act on rather than show, from
/// text that someone else wrote (a playbook, an answer, an action's output) before any
/// output prints it: the terminal, reports, lint, `test`, `explain`, `graph` and
/// `translate` all go through here, so they agree on what is removed.
///
/// Removed: C0 controls other than line feed and tab, DEL, C1 controls, the whole of
/// every escape sequence (CSI, OSC, DCS, SOS, PM, APC and two-character ESC sequences, so
/// no fragment such as `[31m` is left behind), and the bidirectional overrides, embeddings
/// and isolates U+202A–U+202E and U+2066–U+2069, which can make text (a URL, an id) read
/// differently from what it is. A carriage return, alone or before a line feed, becomes
/// one line feed: a bare one would otherwise let a line overwrite what came before it on
/// a terminal, and turning it into a break keeps every word visible.
public enum TextSanitiser {
    /// `text` with controls, escape sequences and bidi controls removed and line breaks
    /// written as line feeds; text with none of them comes back as it is, without copying.
    public static func clean(_ text: String) -> String {
        guard needsCleaning(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x0A, 0x09:
                kept.append(scalar)
                index += 1
            case 0x0D:
                kept.append("\n")
                index += index + 1 < scalars.count && scalars[index + 1].value == 0x0A ? 2 : 1
            case 0x1B:
                index = endOfEscape(scalars, from: index + 1)
            case 0x9B:
                index = endOfControlSequence(scalars, from: index + 1)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                index = endOfControlString(scalars, from: index + 1)
            default:
                if !isControl(scalar) { kept.append(scalar) }
                index += 1
            }
        }
        return String(kept)
    }

    /// `text` cleaned and on one line: line breaks and tabs become spaces, for a place
    /// where a break would start a new record (a list row, a graph label, a message).
    public static func singleLine(_ text: String) -> String {
        let cleaned = clean(text)
        guard cleaned.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) else { return cleaned }
        return String(String.UnicodeScalarView(cleaned.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
    }

    /// Whether `scalar` is one that `clean` removes on its own: a C0 control other than
    /// line feed, tab and carriage return, DEL, a C1 control, or a bidi control.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Whether `text` has anything `clean` changes: a C0 byte other than line feed and
    /// tab, DEL, a C1 control (C2 80–C2 9F) or a bidi control (E2 80 AA–AE, E2 81 A6–A9).
    /// Most text has none, so most text is never copied.
    private static func needsCleaning(_ text: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x0A, 0x09: break
                case 0x00...0x1F, 0x7F: return true
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return true
                case 0xE2 where index + 2 < bytes.count:
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0x80 && (0xAA...0xAE).contains(third) { return true }
                    if second == 0x81 && (0xA6...0xA9).contains(third) { return true }
                default: break
                }
                index += 1
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(scan)
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

    /// The index after a control string (OSC, DCS, SOS, PM, APC), which BEL, ESC \ or ST
    /// ends; an unterminated one ends before the next line break, so one broken sequence
    /// cannot swallow the rest of the text.
    private static func endOfControlString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            switch scalars[index].value {
            case 0x07, 0x9C: return index + 1
            case 0x1B: return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index
            case 0x0A, 0x0D: return index
            default: index += 1
            }
        }
        return index
    }
}
