/// What an action takes and gives, declared so that lint can check playbooks against it
/// and the engine can check resolved parameters before the action runs.
public struct ActionDescriptor: Hashable, Sendable {
    /// The action's name within its facet, e.g. `deadline` for `legal.deadline`.
    public var name: String
    /// One sentence on what it does, for `playbook show` and the docs.
    public var summary: String
    /// The parameters it accepts.
    public var parameters: [ParameterDescriptor]
    /// The outputs it produces, which later steps can reference as `<step>.<output>`.
    public var outputs: [OutputDescriptor]

    /// Creates a descriptor.
    public init(
        name: String, summary: String, parameters: [ParameterDescriptor], outputs: [OutputDescriptor]
    ) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.outputs = outputs
    }

    /// The declared parameter called `name`.
    public func parameter(named name: String) -> ParameterDescriptor? {
        parameters.first { $0.name == name }
    }
}

/// One declared parameter of an action.
public struct ParameterDescriptor: Hashable, Sendable {
    /// The key under `with:`.
    public var name: String
    /// The type the value must have.
    public var type: ValueType
    /// Whether a playbook must give it.
    public var required: Bool
    /// One line on what it means.
    public var summary: String

    /// Creates a parameter descriptor.
    public init(_ name: String, _ type: ValueType, required: Bool = true, _ summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.summary = summary
    }
}

/// One declared output of an action.
public struct OutputDescriptor: Hashable, Sendable {
    /// The output's key.
    public var name: String
    /// Its type.
    public var type: ValueType
    /// One line on what it means.
    public var summary: String

    /// Creates an output descriptor.
    public init(_ name: String, _ type: ValueType, _ summary: String) {
        self.name = name
        self.type = type
        self.summary = summary
    }
}
