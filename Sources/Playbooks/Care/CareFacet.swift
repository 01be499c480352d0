import PlaybookKit

/// Psycho-social care: a digital emergency also lands on a person. These actions let a
/// playbook pause for that person, with a short self-check and a breathing exercise.
/// They are not clinical, never diagnose, and point to people who can help.
public struct CareFacet: Facet {
    public let id = "care"
    public let title = "Psycho-social care"
    public let actions = [CheckInAction.descriptor, BreatheAction.descriptor]
    public var strings: [String: String] { CareStrings.english }

    /// Creates the facet.
    public init() {}

    public func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult {
        let text = context.text(for: self)
        switch request.name {
        case CheckInAction.descriptor.name: return try CheckInAction.perform(request, text: text)
        case BreatheAction.descriptor.name: return try BreatheAction.perform(request, context: context, text: text)
        default: throw .unknownAction(request.name)
        }
    }
}
