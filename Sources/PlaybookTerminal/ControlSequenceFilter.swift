/// Strips whatever a terminal would act on rather than print, so text written by someone
/// else cannot move the cursor, retitle the window, hide a link target or ring the bell.
enum ControlSequenceFilter {
    private static let escape: Unicode.Scalar = "\u{1B}"
    private static let bell: Unicode.Scalar = "\u{07}"
    private static let stringTerminator: Unicode.Scalar = "\u{9C}"
    private static let tabStop = 4

    /// `text` with escape sequences and control characters removed, line breaks
    /// normalised to "\n" and tabs expanded to spaces at 4-column stops.
    static func filter(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var column = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x0A, 0x0D:
                output.append("\n")
                column = 0
                let isCRLF = scalar.value == 0x0D && index + 1 < scalars.count && scalars[index + 1].value == 0x0A
                index += isCRLF ? 2 : 1
            case 0x09:
                let spaces = tabStop - column % tabStop
                output.append(contentsOf: repeatElement(" ", count: spaces))
                column += spaces
                index += 1
            case 0x1B:
                index = endOfEscape(in: scalars, from: index + 1)
            case 0x9B:
                index = endOfControlSequence(in: scalars, from: index + 1)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                index = endOfControlString(in: scalars, from: index + 1)
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                index += 1
            default:
                output.append(scalar)
                column += 1
                index += 1
            }
        }
        return String(output)
    }

    /// The index after an escape sequence whose ESC came just before `start`.
    private static func endOfEscape(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start < scalars.count else { return start }
        switch scalars[start] {
        case "[":
            return endOfControlSequence(in: scalars, from: start + 1)
        case "]", "P", "X", "^", "_":
            return endOfControlString(in: scalars, from: start + 1)
        default:
            var index = start
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) {
                index += 1
            }
            if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) {
                index += 1
            }
            return index
        }
    }

    /// The index after a control sequence's parameters, intermediates and final byte.
    private static func endOfControlSequence(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) {
            index += 1
        }
        if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) {
            index += 1
        }
        return index
    }

    /// The index after an OSC, DCS, SOS, PM or APC string: up to BEL or ST, or up to
    /// (not including) the next line break, so one broken sequence cannot swallow the
    /// rest of the text.
    private static func endOfControlString(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == bell || scalar == stringTerminator {
                return index + 1
            }
            if scalar == escape {
                let isST = index + 1 < scalars.count && scalars[index + 1] == "\\"
                return isST ? index + 2 : index
            }
            if scalar == "\n" || scalar == "\r" {
                return index
            }
            index += 1
        }
        return index
    }
}
