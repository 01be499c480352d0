import Crypto
import Foundation

/// Seals session files with a `SessionKey` (scrypt from a passphrase and a random salt),
/// then AES-256-GCM with a fresh random nonce for every save. Salt, nonce and parameters
/// are stored beside the ciphertext; nothing else about the session is readable.
///
/// Format 2 binds the header to the ciphertext: the AES-GCM associated data is
/// `header(format:encryption:kdf:salt:)`, exactly these UTF-8 bytes (no spaces, keys in
/// sorted order, `<salt>` the salt's base64 text as the file's JSON string holds it):
///
///     {"encryption":"scrypt+aes-256-gcm","format":2,"kdf":{"n":131072,"p":1,"r":8},"salt":"<salt>"}
///
/// so a file whose format, scheme, parameters or salt were edited does not open. Format 1
/// files (before 2026-12, n=2^15, no associated data) still open; the next save writes
/// format 2.
public enum SessionSealer {
    /// scrypt parameters stored with each sealed file, so they can be raised later
    /// without breaking old files.
    public struct Parameters: Hashable, Sendable, Codable {
        /// CPU/memory cost (a power of two).
        public var n: Int
        /// Block size.
        public var r: Int
        /// Parallelism.
        public var p: Int

        /// 2^17, 8, 1: 128 MiB and a good part of a second here, OWASP's recommended
        /// minimum for scrypt. Derived once per run (`SessionKey`), not once per save.
        public static let standard = Parameters(n: 1 << 17, r: 8, p: 1)
    }

    /// A sealed file as stored.
    public struct Envelope: Hashable, Sendable, Codable {
        /// The file format version: 2 binds the header below as associated data, 1 did not.
        public var format: Int
        /// The scheme, for readers.
        public var encryption: String
        /// The scrypt parameters.
        public var kdf: Parameters
        /// The scrypt salt, base64.
        public var salt: String
        /// Nonce, ciphertext and tag, base64.
        public var sealed: String
    }

    /// Why sealing or opening failed. On Linux swift-crypto reports a failed
    /// authentication as a generic error, so a wrong passphrase and a tampered file cannot
    /// be told apart.
    public enum Failure: Error, Hashable, Sendable {
        /// The passphrase is wrong, or the sealed part or its header was changed.
        case wrongPassphraseOrTampered
        /// The file is not an envelope this version can read.
        case malformed
        /// scrypt refused the parameters; no sealer writes such parameters.
        case unusableParameters
    }

    /// The format this version writes.
    static let currentFormat = 2
    /// The only scheme there is.
    static let scheme = "scrypt+aes-256-gcm"

    /// The largest `n * r` a stored file may ask for: 2^20, i.e. 128 MiB of scrypt memory,
    /// the standard setting, so that a planted file cannot make opening it take gigabytes.
    static let maxMemoryCost = 1 << 20
    /// The largest `n * r * p` (scrypt's work) a stored file may ask for.
    static let maxWork = 1 << 20

    /// Seals `plaintext` with `key` and a fresh random nonce, as format 2. No scrypt runs.
    public static func seal(_ plaintext: Data, key: SessionKey) throws(Failure) -> Data {
        let salt = key.salt.base64EncodedString()
        let associated = header(format: currentFormat, encryption: scheme, kdf: key.parameters, salt: salt)
        guard let box = try? AES.GCM.seal(plaintext, using: key.symmetricKey, authenticating: associated),
            let combined = box.combined
        else { throw .malformed }
        let envelope = Envelope(format: currentFormat, encryption: scheme, kdf: key.parameters, salt: salt, sealed: combined.base64EncodedString())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(envelope) else { throw .malformed }
        return data
    }

    /// The envelope in `data`, if it is a sealed file.
    public static func envelope(in data: Data) -> Envelope? {
        try? JSONDecoder().decode(Envelope.self, from: data)
    }

    /// Opens a sealed file; returns the plaintext and the key it was sealed with, so that
    /// later saves of the same session seal with it without deriving again.
    public static func open(_ envelope: Envelope, passphrase: String) throws(Failure) -> (plaintext: Data, key: SessionKey) {
        let kdf = envelope.kdf
        guard [1, currentFormat].contains(envelope.format), envelope.encryption == scheme,
            let salt = Data(base64Encoded: envelope.salt), let combined = Data(base64Encoded: envelope.sealed),
            kdf.n > 1, kdf.n <= 1 << 20, kdf.n & (kdf.n - 1) == 0,
            (1...32).contains(kdf.r), (1...16).contains(kdf.p),
            kdf.n * kdf.r <= Self.maxMemoryCost, kdf.n * kdf.r * kdf.p <= Self.maxWork
        else { throw .malformed }
        // Deriving a key does not depend on the passphrase being right: when it fails, the
        // stored parameters are ones scrypt refuses, which no sealer wrote.
        let key: SessionKey
        do {
            key = try SessionKey.derive(passphrase: passphrase, salt: salt, parameters: kdf)
        } catch {
            throw .malformed
        }
        do {
            let box = try AES.GCM.SealedBox(combined: combined)
            let plaintext =
                envelope.format == 1
                ? try AES.GCM.open(box, using: key.symmetricKey)
                : try AES.GCM.open(
                    box, using: key.symmetricKey,
                    authenticating: header(format: envelope.format, encryption: envelope.encryption, kdf: kdf, salt: envelope.salt))
            return (plaintext, key)
        } catch {
            throw .wrongPassphraseOrTampered
        }
    }

    /// The associated data of a format 2 file: its header fields as sorted-key JSON
    /// without spaces, written out here byte by byte rather than by `JSONEncoder`, so
    /// that the bytes stay the same whatever Foundation version reads the file. Only a
    /// checked scheme name, integers and base64 text go in, which need no escaping.
    static func header(format: Int, encryption: String, kdf: Parameters, salt: String) -> Data {
        Data(#"{"encryption":"\#(encryption)","format":\#(format),"kdf":{"n":\#(kdf.n),"p":\#(kdf.p),"r":\#(kdf.r)},"salt":"\#(salt)"}"#.utf8)
    }
}
