/// The single-letter commands of the terminal, the same on every step: none of them is
/// ever read as an answer (answers are numbers or words), so `s` saves and `n` adds a
/// note on a yes/no question too.
enum TerminalCommand: Equatable {
    case back, why, note, help, save

    /// The command `line` names, if any; `q` and `quit` save and stop like `s`, since
    /// every answer is already saved.
    init?(_ line: String) {
        switch line.trimmingCharacters(in: .whitespaces).lowercased() {
        case "b", "back": self = .back
        case "?", "why": self = .why
        case "n", "note": self = .note
        case "h", "help": self = .help
        case "s", "save", "q", "quit": self = .save
        default: return nil
        }
    }
}
