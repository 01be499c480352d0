/// A facet's words in the language of a run: the English strings the facet declares,
/// with a translation's in place of those it has. Only human text goes through here;
/// the values playbooks branch on (verdicts, levels, ids) never change with the language.
public typealias FacetText = StringTable
