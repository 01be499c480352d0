import Crypto
import Foundation
import _CryptoExtras

/// Seals session files with a passphrase: a key derived with scrypt from the passphrase
/// and a random salt, then AES-256-GCM with a random nonce. Salt, nonce and parameters
/// are stored beside the ciphertext; nothing else about the session is readable.
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

        /// 2^15, 8, 1: about 32 MiB and a fraction of a second here, the common
        /// interactive-login setting.
        public static let standard = Parameters(n: 1 << 15, r: 8, p: 1)
    }

    /// A sealed file as stored.
    public struct Envelope: Hashable, Sendable, Codable {
        /// The file format version.
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

    /// Why opening failed. On Linux swift-crypto reports a failed authentication as a
    /// generic error, so a wrong passphrase and a tampered file cannot be told apart.
    public enum Failure: Error, Hashable, Sendable {
        case wrongPassphraseOrTampered
        case malformed
    }

    /// The largest `n * r` a stored file may ask for: 64 MiB of scrypt memory, twice the
    /// standard setting, so that a planted file cannot make opening it take gigabytes.
    static let maxMemoryCost = 1 << 19

    /// Seals `plaintext` under `passphrase`.
    public static func seal(_ plaintext: Data, passphrase: String, parameters: Parameters = .standard) throws -> Data {
        let salt = Data((0..<16).map { _ in UInt8.random(in: 0...255) })
        let key = try deriveKey(passphrase, salt: salt, parameters: parameters)
        let box = try AES.GCM.seal(plaintext, using: key)
        guard let combined = box.combined else { throw Failure.malformed }
        let envelope = Envelope(
            format: 1, encryption: "scrypt+aes-256-gcm", kdf: parameters,
            salt: salt.base64EncodedString(), sealed: combined.base64EncodedString())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(envelope)
    }

    /// The envelope in `data`, if it is a sealed file.
    public static func envelope(in data: Data) -> Envelope? {
        try? JSONDecoder().decode(Envelope.self, from: data)
    }

    /// Opens a sealed file.
    public static func open(_ envelope: Envelope, passphrase: String) throws(Failure) -> Data {
        guard let salt = Data(base64Encoded: envelope.salt), let combined = Data(base64Encoded: envelope.sealed),
            envelope.kdf.n > 1, envelope.kdf.n <= 1 << 20, envelope.kdf.n & (envelope.kdf.n - 1) == 0,
            (1...32).contains(envelope.kdf.r), (1...16).contains(envelope.kdf.p),
            envelope.kdf.n * envelope.kdf.r <= Self.maxMemoryCost,
            envelope.kdf.n * envelope.kdf.r * envelope.kdf.p <= 2 * Self.maxMemoryCost
        else { throw .malformed }
        // Deriving a key does not depend on the passphrase being right: when it fails, the
        // stored parameters are ones scrypt refuses (such as r=1 with n ≥ 2^16), which no
        // sealer wrote.
        guard let key = try? deriveKey(passphrase, salt: salt, parameters: envelope.kdf) else { throw .malformed }
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: combined), using: key)
        } catch {
            throw .wrongPassphraseOrTampered
        }
    }

    private static func deriveKey(_ passphrase: String, salt: Data, parameters: Parameters) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(
            from: Data(passphrase.utf8), salt: salt, outputByteCount: 32,
            rounds: parameters.n, blockSize: parameters.r, parallelism: parameters.p)
    }
}
