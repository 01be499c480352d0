/// What kind of typed answer an input step expects; the engine re-asks until the answer fits.
public enum InputType: String, Hashable, Sendable, Codable, CaseIterable {
    case text
    case number
    /// `YYYY-MM-DD`.
    case date
    /// An `http` or `https` address.
    case url
    /// Yes or no, stored as a boolean.
    case yesNo = "yes-no"

    /// The type of the stored answer, for checks of expressions and parameters.
    public var valueType: ValueType {
        switch self {
        case .text: return .string
        case .number: return .number
        case .date: return .date
        case .url: return .url
        case .yesNo: return .bool
        }
    }
}
