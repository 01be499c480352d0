import PlaybookKit

/// `attribution.email-headers`: reads pasted raw headers of a suspicious message and
/// says, in plain words, what they show about its real origin.
enum EmailHeadersAction {
    static let descriptor = ActionDescriptor(
        name: "email-headers",
        summary: "Reads a message's raw headers: sender mismatches, SPF/DKIM/DMARC verdicts and the servers it passed.",
        parameters: [
            ParameterDescriptor(
                "headers", .string, "The message's original headers, as pasted from 'Show original' or 'View source'.")
        ],
        outputs: [
            OutputDescriptor("from", .string, "The From address, or empty."),
            OutputDescriptor("from-name", .string, "The name shown for the sender, or empty."),
            OutputDescriptor("from-domain", .string, "The From address's domain, or empty."),
            OutputDescriptor("return-path", .string, "The bounce address, or empty."),
            OutputDescriptor("reply-to", .string, "The Reply-To addresses, comma-separated, or empty."),
            OutputDescriptor("message-id-domain", .string, "The domain in the Message-ID, or empty."),
            OutputDescriptor(
                "mismatch", .bool,
                "Whether Return-Path, Reply-To or the sender's name point elsewhere than the From domain."),
            OutputDescriptor("mismatches", .list, "One sentence per mismatch."),
            OutputDescriptor(
                "spf", .string, "The SPF verdict: pass, fail, softfail, neutral, none, temperror, permerror or absent."),
            OutputDescriptor("dkim", .string, "The DKIM verdict, or absent."),
            OutputDescriptor("dmarc", .string, "The DMARC verdict, or absent."),
            OutputDescriptor(
                "hops", .list,
                "Received hops from origin to recipient: records {index, from, ip, by, with, date, time}."),
            OutputDescriptor("warnings", .list, "Things to know, in plain sentences."),
        ]
    )

    static func perform(_ request: ActionRequest, text: FacetText) throws(ActionError) -> ActionResult {
        let analysis = try EmailHeaderAnalysis(MailHeaders(parsing: request.string("headers")), text: text)
        var messages = [text("headers.verdicts", analysis.spf, analysis.dkim, analysis.dmarc)]
        messages += analysis.mismatches
        return ActionResult(outputs: analysis.outputs, messages: messages)
    }
}
