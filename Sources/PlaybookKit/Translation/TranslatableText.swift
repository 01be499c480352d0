import Crypto
import Foundation

/// The strings of a playbook that a translation may replace, each under a stable key
/// built from ids (never from positions), so reordering steps keeps translations valid:
/// `title`, `summary`, `steps.<step>.say`, `steps.<step>.ask`,
/// `steps.<step>.options.<value>`, `steps.<step>.checklist.<item>`.
public enum TranslatableText {
    /// Every translatable string of `playbook` in authoring order, with its key.
    public static func strings(of playbook: Playbook) -> [(key: String, text: String)] {
        var strings: [(String, String)] = [("title", playbook.title), ("summary", playbook.summary)]
        for step in playbook.steps {
            let prefix = "steps.\(step.id)"
            if let say = step.say { strings.append(("\(prefix).say", say.source)) }
            switch step.kind {
            case .question(let question):
                strings.append(("\(prefix).ask", question.ask.source))
                strings += question.options.map { ("\(prefix).options.\($0.value)", $0.label) }
            case .input(let input):
                strings.append(("\(prefix).ask", input.ask.source))
            case .checklist(let checklist):
                strings += checklist.items.map { ("\(prefix).checklist.\($0.id)", $0.text) }
            case .information, .action, .routing, .end:
                break
            }
        }
        return strings
    }

    /// A short fingerprint of an English string, stored beside its translation so lint
    /// can tell when the English changed after the translation was made.
    public static func fingerprint(_ text: String) -> String {
        Hex.encode(SHA256.hash(data: Data(text.utf8)).prefix(4))
    }
}
