/// Why an action could not do its work. Each case says what to do; the engine shows the
/// message and lets the person go back or try again, it never crashes the session.
public enum ActionError: Error, Hashable, Sendable {
    /// A required parameter was not given.
    case missingParameter(String)
    /// A parameter has the wrong shape; the string says what was expected.
    case invalidParameter(String, String)
    /// The action asked for a file the person did not name in this session.
    case fileNotAllowed(String)
    /// A named file could not be read or written.
    case fileUnavailable(String, reason: String)
    /// The facet has no action by this name.
    case unknownAction(String)
    /// Anything else, described for the person.
    case failed(String)

    /// A message for the person.
    public var message: String {
        switch self {
        case .missingParameter(let name):
            return "the action needs the parameter '\(name)'; give it under 'with:' in the playbook"
        case .invalidParameter(let name, let reason):
            return "the parameter '\(name)' is not usable: \(reason)"
        case .fileNotAllowed(let path):
            return "'\(path)' was not named as a file for this session; give its path as an answer first"
        case .fileUnavailable(let path, let reason):
            return "cannot use the file '\(path)': \(reason)"
        case .unknownAction(let name):
            return "there is no action called '\(name)'"
        case .failed(let reason):
            return reason
        }
    }
}
