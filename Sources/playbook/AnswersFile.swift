import PlaybookKit

/// Reads an answers file, turning every problem into a located message.
enum AnswersFile {
    static func read(_ path: String) throws -> AnswerScript {
        let root: YAMLNode?
        do {
            root = try YAMLLoader().load(contentsOfFile: path)
        } catch {
            throw CommandFailure("\(error.location): \(error.message)")
        }
        guard let root else { throw CommandFailure("\(path): the answers file is empty") }
        let (script, diagnostics) = AnswerScript.decode(root)
        guard let script else {
            throw CommandFailure(diagnostics.map { "\($0.location): \($0.message)" }.joined(separator: "\n"))
        }
        return script
    }
}
