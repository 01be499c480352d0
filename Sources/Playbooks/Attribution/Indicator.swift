import PlaybookKit

/// One indicator of compromise in its normal form: refanged, with the host part of
/// domains, URLs and addresses in lower case, hashes in lower-case hex and IPv6
/// addresses compressed, so that equal indicators compare equal.
struct Indicator: Hashable, Sendable {
    /// What it is.
    var kind: IndicatorKind
    /// The normal form.
    var value: String

    /// The form to share: it cannot be clicked or resolved by accident.
    var defanged: String { Defanging.defang(self) }

    /// The record actions output: `{type, value, defanged}`.
    var record: Value {
        .record(["type": .string(kind.rawValue), "value": .string(value), "defanged": .string(defanged)])
    }
}
