import Foundation

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

    /// The English strings the facet shows people (messages, explanations, report
    /// text), by key, with `{1}`, `{2}`… for values filled in. Actions and report
    /// sections look them up through a `FacetText`, so that a translation in
    /// `i18n/<language>/facet.<id>.yaml` replaces them.
    var strings: [String: String] { get }

    /// Every string a translation of this facet may hold, sorted by key: `strings`, and
    /// texts the facet reads from the library's data files under `libraryRoots`.
    func translatableStrings(libraryRoots: [URL]) -> [(key: String, text: String)]

    /// The report section in `text`'s language; by default the English one, for facets
    /// that declare no strings.
    func reportSection(for records: [ActionRecord], text: FacetText) -> ReportSection?
}

extension Facet {
    public func reportSection(for records: [ActionRecord]) -> ReportSection? { nil }

    public var strings: [String: String] { [:] }

    public func translatableStrings(libraryRoots: [URL]) -> [(key: String, text: String)] {
        strings.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public func reportSection(for records: [ActionRecord], text: FacetText) -> ReportSection? {
        reportSection(for: records)
    }

    /// The facet's own English words, for callers with no language.
    public var englishText: FacetText {
        FacetText(english: strings)
    }

    /// The descriptor of the action called `name` (without the facet prefix).
    public func action(named name: String) -> ActionDescriptor? {
        actions.first { $0.name == name }
    }
}
