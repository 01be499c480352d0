/// One facet of an emergency response (triage, infrastructure, legal, care,
/// attribution): the actions a playbook of that facet can call. A facet is a plain value
/// registered with a `FacetRegistry`; it performs actions only through the context it is
/// handed, so it never reaches the network, the disk or the clock behind the user's back.
public protocol Facet: Sendable {
    /// The id playbooks use, e.g. `legal`; also the prefix of its actions (`legal.deadline`).
    var id: String { get }
    /// A title for people, e.g. "Legal defence".
    var title: String { get }
    /// The actions this facet offers, with their declared parameters and outputs.
    var actions: [ActionDescriptor] { get }

    /// Performs one of `actions` with parameters already resolved from the session and
    /// checked against the descriptor's declared types.
    func perform(_ request: ActionRequest, context: ActionContext) throws(ActionError) -> ActionResult

    /// A section this facet adds to a session's report, given every action of this facet
    /// the session ran; nil when it has nothing to add.
    func reportSection(for records: [ActionRecord]) -> ReportSection?
}

extension Facet {
    public func reportSection(for records: [ActionRecord]) -> ReportSection? { nil }

    /// The descriptor of the action called `name` (without the facet prefix).
    public func action(named name: String) -> ActionDescriptor? {
        actions.first { $0.name == name }
    }
}
