import Foundation
import FuzzSupport
import PlaybookKit

/// The passphrase the sealed seeds are sealed with, so that mutations of them reach the
/// plaintext decoder only when the sealed part survives; otherwise they test tampering.
private let passphrase = "fuzz"

/// The scrypt parameters of the sealed seeds: the cheapest the reader accepts, read as
/// a sealed file stores them (the type has no public memberwise initialiser).
private let seedParameters = try! JSONDecoder().decode(SessionSealer.Parameters.self, from: Data(#"{"n": 2, "r": 1, "p": 1}"#.utf8))

/// The most scrypt work (n·r·p) spent on one input. Envelopes the reader would accept
/// but that cost more are not opened: they would only time BoringSSL's scrypt, whose
/// worst accepted case is measured separately (docs/security.md).
private let maxWorkPerInput = 1 << 12

/// A private store per fuzzing process, in memory when /dev/shm exists.
private let store: SessionStore = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
    return SessionStore(folder: base.appendingPathComponent("playbook-fuzz-session-\(getpid())"))
}()

/// Run once before fuzzing. With FUZZ_SEAL_SEEDS=<folder>, seals every plaintext
/// session in the folder as `sealed-<name>` with the real sealer and exits: that is how
/// `scripts/fuzz` makes sealed seeds the target can open quickly.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer?, _ argv: UnsafeMutableRawPointer?) -> CInt {
    guard let folder = ProcessInfo.processInfo.environment["FUZZ_SEAL_SEEDS"] else { return 0 }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where name.hasSuffix(".json") && !name.hasPrefix("sealed-") {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
        guard let plaintext = try? Data(contentsOf: url),
            let key = try? SessionKey.derive(passphrase: passphrase, parameters: seedParameters),
            let sealed = try? SessionSealer.seal(plaintext, key: key)
        else { fatalError("could not seal \(url.path)") }
        try! sealed.write(to: URL(fileURLWithPath: folder).appendingPathComponent("sealed-" + name))
    }
    exit(0)
}

/// The program: hands `fuzz` to libFuzzer.
@main
enum FuzzSession {
    static func main() {
        FuzzDriver.run(fuzz)
    }
}

/// libFuzzer's entry point for the session file reader, as `playbook resume` reads a
/// file: plaintext or sealed, it is refused with a typed error and kept (as it was or
/// moved aside), or read into a state that saves and reads back unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Data(FuzzInput.bytes(data, size))
    let id = "fuzz"
    try? FileManager.default.removeItem(at: store.folder)
    try! FileManager.default.createDirectory(at: store.folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: store.folder) }
    try! bytes.write(to: store.url(for: id))
    let envelope = SessionSealer.envelope(in: bytes)
    do {
        let state = try store.load(id, passphrase: nil).state
        Invariant.require(envelope == nil, "a sealed file was read without its passphrase")
        requireRoundTrip(state)
    } catch .needsPassphrase {
        guard let envelope else { fatalError("a plaintext file was taken for a sealed one") }
        guard isAffordable(envelope.kdf) else { return 0 }
        do {
            requireRoundTrip(try store.load(id, passphrase: passphrase).state)
        } catch {
            requireKept(error)
        }
    } catch {
        requireKept(error)
    }
    return 0
}

/// Whether opening costs at most `maxWorkPerInput`; parameters the reader refuses
/// before deriving a key are always affordable.
private func isAffordable(_ kdf: SessionSealer.Parameters) -> Bool {
    let accepted = (1...(1 << 20)).contains(kdf.n) && (1...32).contains(kdf.r) && (1...16).contains(kdf.p)
    return !accepted || kdf.n * kdf.r * kdf.p <= maxWorkPerInput
}

/// A refused file is never lost: it stays in place or is moved aside.
private func requireKept(_ error: SessionStoreError) {
    Invariant.require(!error.message.isEmpty, "an error without a message")
    let remaining = (try? FileManager.default.contentsOfDirectory(atPath: store.folder.path)) ?? []
    Invariant.require(!remaining.isEmpty, "a refused session file was lost: \(error.message)")
}

/// A state read from a file saves and reads back as the same state.
private func requireRoundTrip(_ state: SessionState) {
    do {
        try store.save(state, key: nil)
        let again = try store.load(state.id, passphrase: nil).state
        Invariant.require(again == state, "a session does not read back as it was saved")
    } catch {
        fatalError("a session that was read could not be saved and read again: \(error.message)")
    }
}
