/// How much strain a check-in shows, in plain words rather than clinical ones: it says
/// what kind of support to offer next, not what is wrong with anyone.
public enum WellbeingLevel: String, Hashable, Sendable, CaseIterable {
    /// Coping for now; a pause is enough.
    case steady
    /// Carrying a lot; talking to someone trusted helps.
    case strained
    /// Carrying too much alone; professional psycho-social support is worth reaching for.
    case overloaded
}
