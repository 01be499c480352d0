import PlaybookKit

/// The attribution facet's words in English, by key; `{1}`, `{2}` are filled in.
/// Translations live in `i18n/<language>/facet.attribution.yaml`. Indicator types,
/// SPF/DKIM/DMARC verdicts and chain problems stay as they are: playbooks branch on them.
enum AttributionStrings {
    /// The English words, for callers with no language.
    static var englishText: FacetText { FacetText(english: english) }

    static let english: [String: String] = [
        "extract.none": "No indicators found.",
        "extract.one": "1 indicator found.",
        "extract.many": "{1} indicators found.",
        "extract.too-long": "it is longer than {1} MB; paste only the message or the part that matters",
        "headers.verdicts": "SPF {1}, DKIM {2}, DMARC {3}.",
        "headers.not-headers":
            "none of the usual mail headers (From, Received, Authentication-Results) were found; paste the message's "
            + "original headers",
        "headers.ignored.one": "1 line was not headers and ignored (first at line {1}); check that the paste is complete.",
        "headers.ignored.many": "{1} lines were not headers and ignored (first at line {2}); check that the paste is complete.",
        "headers.body": "The text after the first blank line was taken as the message body and not analysed.",
        "headers.no-from": "There is no From header, so the sender cannot be compared with anything.",
        "headers.many-from":
            "There are {1} From headers; a message has only one, so some were probably added to deceive. Only the first "
            + "was used.",
        "headers.unreadable-from": "The From header holds no readable address.",
        "headers.many-senders": "The From header names {1} senders; only the first was compared.",
        "headers.no-message-id": "There is no Message-ID header; mail servers nearly always add one.",
        "headers.return-path":
            "The Return-Path (bounce) domain {1} differs from the From domain {2}; usual for newsletters and mailing "
            + "lists, but also a sign of a forged sender.",
        "headers.reply-to":
            "Replies would go to {1}, not to the From domain {2}: a common trick to receive the answers to a forged "
            + "message.",
        "headers.display-name": "The sender's name shows {1}, but the message is from {2}.",
        "headers.spf-disagree": "Authentication-Results says SPF {1} but Received-SPF says {2}; the first was used.",
        "headers.no-authentication":
            "No Authentication-Results or Received-SPF header was found, so SPF, DKIM and DMARC cannot be read here; "
            + "copy the full original headers from the recipient's mailbox.",
        "headers.no-received":
            "There are no Received headers, so the path the message took is unknown; these may be the headers of a "
            + "sent message, or only part of them.",
        "headers.hop-order":
            "Hop {1} says it received the message before hop {2} sent it; a server clock is wrong or a Received header "
            + "was forged.",
        "headers.spf-fail":
            "SPF {1}: the server that delivered the message is not one the sender's domain allows to send its mail.",
        "headers.dkim-fail": "DKIM fail: the message's signature does not match; it was changed on the way or forged.",
        "headers.dmarc-fail":
            "DMARC fail: the From domain's owner did not authorise this message; treat the sender as likely forged.",
        "headers.check-error": "{1} could not be checked ({2}); it neither confirms nor rules out a forged sender.",
        "hash.recorded": "Recorded {1} as evidence entry {2}, SHA-256 {3}.",
        "hash.empty-path": "it is empty; give the path of the file to record",
        "hash.log-broken":
            "the evidence log '{1}' no longer verifies ({2}); nothing was added and the log was left as it is. Keep a "
            + "copy of it and use a new workspace for new evidence",
        "verify.ok.one": "the evidence log verifies: 1 entry, none changed, removed or reordered",
        "verify.ok.many": "the evidence log verifies: {1} entries, none changed, removed or reordered",
        "verify.content-changed": "entry {1} was changed after it was recorded: its fields no longer give its hash",
        "verify.link-broken":
            "entry {1} no longer follows entry {2}: one of them was changed and sealed again, or replaced",
        "verify.entry-removed": "entry {1} is missing: it was removed from the log",
        "verify.entry-reordered": "entry {1} is out of place: entries were reordered or one was copied",
        "log.unreadable": "cannot read the evidence log '{1}': {2}",
        "log.corrupt":
            "the evidence log '{1}' is damaged: {2}. It was left untouched; keep a copy of it and use a new workspace "
            + "for new evidence",
        "log.unwritable": "could not save the evidence log '{1}': {2}; nothing was changed",
        "log.not-json": "it is not valid JSON of the evidence log's shape",
        "log.not-version-1": "it is not a version 1 evidence log",
        "log.not-encodable": "the entries could not be encoded",
        "match.none": "None of the {1} indicators is in the lists.",
        "match.one": "1 match found.",
        "match.many": "{1} matches found.",
        "match.skipped.one": "1 STIX pattern part was not usable and skipped.",
        "match.skipped.many": "{1} STIX pattern parts were not usable and skipped.",
        "match.no-files": "the list is empty; name at least one indicator list file",
        "match.not-utf8": "it is not UTF-8 text; give a plain list or a STIX 2.1 JSON bundle",
        "match.not-stix": "it starts like JSON but is not a readable STIX 2.1 bundle",
        "match.not-bundle": "it is JSON but not a STIX bundle (its type is '{1}')",
        "match.bad-item": "item {1} is {2}, expected text",
        "match.bad-item-or-record": "item {1} is {2}, expected text or a record with a '{3}'",
        "kind.url": "URL",
        "kind.domain": "domain",
        "kind.ipv4": "IPv4 address",
        "kind.ipv6": "IPv6 address",
        "kind.email": "e-mail address",
        "kind.md5": "MD5 hash",
        "kind.sha1": "SHA-1 hash",
        "kind.sha256": "SHA-256 hash",
        "report.title": "Attribution and forensics",
        "report.indicators": "Indicators found",
        "report.defanged": "Defanged so that they cannot be opened by accident.",
        "report.headers": "E-mail headers",
        "report.message-id-domain": "Message-ID domain",
        "report.mismatch": "Mismatch",
        "report.warning": "Warning",
        "report.route": "Route, from where the message started to where it arrived:",
        "report.none": "none",
        "report.hop-from": "from {1}",
        "report.hop-unknown": "unknown",
        "report.hop-at": "at {1}",
        "report.hop-by": "by {1}",
        "report.hop-with": "with {1}",
        "report.listed": "Indicators found in lists",
        "report.match": "{1} in {2}",
        "report.listed-as": "(listed as {1})",
        "report.evidence": "Evidence log",
        "report.column.entry": "Entry",
        "report.column.recorded": "Recorded (UTC)",
        "report.column.file": "File",
        "report.column.size": "Size (bytes)",
        "report.column.entry-hash": "Entry hash",
        "report.no-file": "No file was recorded in this session.",
        "report.altered": "Entry {1} as recorded in this session does not match its hash: the session record was altered.",
        "report.changed-between":
            "Entry {1} does not follow entry {2}: the log was changed between the two recordings.",
        "report.chain-ok":
            "Each entry recorded in this session matches its hash and follows the one before it; the log verified "
            + "before every addition.",
        "report.last-check": "Last check of the log file: {1}.",
        "report.last-check-failed": "Last check of the log file: {1}. Keep the log file as it is and show it to a helper.",
    ]
}
