import Foundation

/// RFC 2047 encoded words (`=?UTF-8?B?…?=`), which mail uses for names outside ASCII
/// and which a forger can use to hide an address in a display name from a naive check.
enum EncodedWord {
    /// `text` with its encoded words in UTF-8, US-ASCII or ISO-8859-1 decoded; other
    /// character sets and broken words are left as written.
    static func decode(_ text: String) -> String {
        guard text.contains("=?") else { return text }
        let adjacentGap = #/\?=[ \t]+(?==\?)/#
        let word = #/=\?(?<charset>[^?\s]+)\?(?<encoding>[bBqQ])\?(?<payload>[^?\s]*)\?=/#
        return text.replacing(adjacentGap, with: "?=").replacing(word) { match in
            let encoded = String(match.output.payload)
            let isBase64 = match.output.encoding.lowercased() == "b"
            guard let bytes = isBase64 ? base64Bytes(encoded) : quotedPrintableBytes(encoded),
                let decoded = string(bytes, charset: match.output.charset.lowercased())
            else { return String(match.output.0) }
            return decoded
        }
    }

    private static func base64Bytes(_ text: String) -> [UInt8]? {
        let padded = text + String(repeating: "=", count: (4 - text.count % 4) % 4)
        return Data(base64Encoded: padded).map(Array.init)
    }

    private static func quotedPrintableBytes(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        var utf8 = text.utf8[...]
        while let byte = utf8.popFirst() {
            switch byte {
            case UInt8(ascii: "_"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "="):
                guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            default: bytes.append(byte)
            }
        }
        return bytes
    }

    private static func string(_ bytes: [UInt8], charset: String) -> String? {
        let withoutLanguage = charset.split(separator: "*").first.map(String.init) ?? charset
        switch withoutLanguage {
        case "utf-8", "utf8", "us-ascii":
            return String(validating: bytes, as: UTF8.self)
        case "iso-8859-1", "latin1":
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        default:
            return nil
        }
    }
}
