import Crypto
import Foundation
import _CryptoExtras

/// The AES-256 key a session is sealed with, with the scrypt salt and parameters it was
/// derived from (they are stored in every sealed file so it can be opened again).
///
/// scrypt is slow on purpose (about 128 MiB and a good part of a second with the standard
/// parameters), so a run derives the key once, when the passphrase is typed or when the
/// file is opened, and seals every save with it: each save still gets a fresh random
/// nonce, and a resumed session keeps the salt it started with.
public struct SessionKey: Sendable {
    /// The scrypt parameters the key was derived with.
    public let parameters: SessionSealer.Parameters
    /// The scrypt salt (16 random bytes for a new key).
    public let salt: Data
    /// The derived AES-256-GCM key. `SymmetricKey` is not marked `Sendable` in
    /// swift-crypto 3.12, but it is an immutable value whose bytes are never changed
    /// after derivation, so sharing it between tasks is safe.
    nonisolated(unsafe) let symmetricKey: SymmetricKey

    /// Counts scrypt derivations made by the current task, when set: how a test shows
    /// that saving many times derives nothing. A task-local value, so tests running in
    /// parallel do not count each other's derivations.
    @TaskLocal static var derivationCounter: DerivationCounter?

    /// A new key for `passphrase`, with a fresh random salt.
    public static func derive(passphrase: String, parameters: SessionSealer.Parameters = .standard) throws(SessionSealer.Failure) -> SessionKey {
        try derive(passphrase: passphrase, salt: Data((0..<16).map { _ in UInt8.random(in: 0...255) }), parameters: parameters)
    }

    /// The key for `passphrase` with a stored `salt` and `parameters`; fails with
    /// `.unusableParameters` when scrypt refuses them (such as r=1 with n ≥ 2^16).
    static func derive(passphrase: String, salt: Data, parameters: SessionSealer.Parameters) throws(SessionSealer.Failure) -> SessionKey {
        derivationCounter?.increment()
        do {
            let key = try KDF.Scrypt.deriveKey(
                from: Data(passphrase.utf8), salt: salt, outputByteCount: 32,
                rounds: parameters.n, blockSize: parameters.r, parallelism: parameters.p)
            return SessionKey(parameters: parameters, salt: salt, symmetricKey: key)
        } catch {
            throw .unusableParameters
        }
    }

    /// A thread-safe count, for `derivationCounter`.
    final class DerivationCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        /// How many derivations were counted.
        var count: Int { lock.withLock { value } }

        func increment() { lock.withLock { value += 1 } }
    }
}
