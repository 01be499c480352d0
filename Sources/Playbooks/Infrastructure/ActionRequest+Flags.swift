import PlaybookKit

extension ActionRequest {
    /// The parameter's yes/no value, nil when absent or null (an unanswered question).
    func optionalBool(_ name: String) throws(ActionError) -> Bool? {
        guard let value = parameters[name], value != .null else { return nil }
        guard let flag = value.bool else {
            throw .invalidParameter(name, "expected yes/no, got \(value.type.description)")
        }
        return flag
    }

    /// The parameter's number, nil when absent or null.
    func optionalNumber(_ name: String) throws(ActionError) -> Double? {
        guard let value = parameters[name], value != .null else { return nil }
        return try number(name)
    }
}
