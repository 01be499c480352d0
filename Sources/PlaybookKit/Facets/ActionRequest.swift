/// A call of an action with its parameters resolved from the session.
public struct ActionRequest: Hashable, Sendable {
    /// The action's name within its facet.
    public var name: String
    /// Resolved parameter values by name.
    public var parameters: [String: Value]

    /// Creates a request.
    public init(name: String, parameters: [String: Value]) {
        self.name = name
        self.parameters = parameters
    }

    /// The parameter's text, or an error naming the parameter when it is missing or not text.
    public func string(_ name: String) throws(ActionError) -> String {
        guard let value = parameters[name], value != .null else { throw .missingParameter(name) }
        guard let text = value.string else {
            throw .invalidParameter(name, "expected text, got \(value.type.description)")
        }
        return text
    }

    /// The parameter's text, nil when absent or null.
    public func optionalString(_ name: String) throws(ActionError) -> String? {
        guard let value = parameters[name], value != .null else { return nil }
        return try string(name)
    }

    /// The parameter's number, or an error naming it.
    public func number(_ name: String) throws(ActionError) -> Double {
        guard let value = parameters[name], value != .null else { throw .missingParameter(name) }
        guard let number = value.number else {
            throw .invalidParameter(name, "expected a number, got \(value.type.description)")
        }
        return number
    }

    /// The parameter's yes/no value, nil when absent or null (an unanswered question).
    public func optionalBool(_ name: String) throws(ActionError) -> Bool? {
        guard let value = parameters[name], value != .null else { return nil }
        guard let flag = value.bool else {
            throw .invalidParameter(name, "expected yes/no, got \(value.type.description)")
        }
        return flag
    }

    /// The parameter's number, nil when absent or null.
    public func optionalNumber(_ name: String) throws(ActionError) -> Double? {
        guard let value = parameters[name], value != .null else { return nil }
        return try number(name)
    }

    /// The parameter's list, or an error naming it.
    public func list(_ name: String) throws(ActionError) -> [Value] {
        guard let value = parameters[name], value != .null else { throw .missingParameter(name) }
        guard let items = value.list else {
            throw .invalidParameter(name, "expected a list, got \(value.type.description)")
        }
        return items
    }
}

/// What an action gave back.
public struct ActionResult: Hashable, Sendable, Codable {
    /// Outputs by name, as declared in the action's descriptor.
    public var outputs: [String: Value]
    /// Lines to show the person, in order (e.g. "3 indicators found").
    public var messages: [String]

    /// Creates a result.
    public init(outputs: [String: Value], messages: [String] = []) {
        self.outputs = outputs
        self.messages = messages
    }
}

/// An action that a session ran, as kept in the session and handed to report hooks.
public struct ActionRecord: Hashable, Sendable, Codable {
    /// The step that called it.
    public var step: String
    /// The full action id, `facet.name`.
    public var action: String
    /// The resolved parameters.
    public var parameters: [String: Value]
    /// What it gave back.
    public var result: ActionResult

    /// Creates a record.
    public init(step: String, action: String, parameters: [String: Value], result: ActionResult) {
        self.step = step
        self.action = action
        self.parameters = parameters
        self.result = result
    }
}

/// A part of a report contributed by a facet: a heading and Markdown body.
public struct ReportSection: Hashable, Sendable, Codable {
    /// The section's heading.
    public var title: String
    /// The section's text as Markdown.
    public var markdown: String

    /// Creates a section.
    public init(title: String, markdown: String) {
        self.title = title
        self.markdown = markdown
    }
}
