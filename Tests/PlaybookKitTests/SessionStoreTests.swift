import Crypto
import Foundation
import Testing

@testable import PlaybookKit

@Suite("Saved sessions")
struct SessionStoreTests {
    let store = SessionStore(folder: temporaryWorkspace().appendingPathComponent("sessions"))
    let engine = Engine(playbooks: decodePlaybooks([EngineTests.main, EngineTests.account]), registry: LintHarness.registry)

    /// Cheap scrypt parameters, so that tests about the store do not spend seconds in scrypt.
    static let quick = SessionSealer.Parameters(n: 1 << 10, r: 8, p: 1)

    func session(_ url: String = "secret-site.example.org") throws -> SessionState {
        var state = try engine.start("main", sessionID: UUID().uuidString.lowercased(), at: EngineTests.clock).state
        state = try engine.apply(.choose(["site"]), to: state, at: EngineTests.clock).state
        return try engine.apply(.text(url), to: state, at: EngineTests.clock).state
    }

    func key(_ passphrase: String) throws -> SessionKey {
        try SessionKey.derive(passphrase: passphrase, parameters: Self.quick)
    }

    func permissions(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    func envelope(of id: String) throws -> SessionSealer.Envelope {
        try JSONDecoder().decode(SessionSealer.Envelope.self, from: Data(contentsOf: store.url(for: id)))
    }

    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: store.folder.path).sorted()
    }

    @Test("a session is found by the start of its id; a start shared by two is refused with both ids")
    func idPrefix() throws {
        let first = try session()
        try store.save(first, key: nil)
        #expect(try store.resolve(String(first.id.prefix(8)).uppercased()) == first.id)
        #expect(try store.resolve(first.id) == first.id)
        var second = try session()
        second.id = String(first.id.prefix(4)) + String(second.id.dropFirst(4))
        try store.save(second, key: nil)
        #expect(throws: SessionStoreError.ambiguous(String(first.id.prefix(4)), matches: [first.id, second.id].sorted())) {
            try store.resolve(String(first.id.prefix(4)))
        }
        #expect(throws: SessionStoreError.notFound("zzzz")) { try store.resolve("zzzz") }
        #expect(throws: SessionStoreError.notFound("../x")) { try store.resolve("../x") }
    }

    @Test("a saved session loads back equal, in an owner-only folder and file")
    func roundTrip() throws {
        let state = try session()
        try store.save(state, key: nil)
        let loaded = try store.load(state.id, passphrase: nil)
        #expect(loaded.state == state)
        #expect(loaded.key == nil)
        #expect(try permissions(store.folder.path) == 0o700)
        #expect(try permissions(store.url(for: state.id).path) == 0o600)
        #expect(store.list().sessions.map(\.id) == [state.id])
    }

    @Test("an encrypted session holds no answer text and opens only with its passphrase")
    func encryption() throws {
        let state = try session()
        try store.save(state, key: try key("correct horse"))
        let bytes = try Data(contentsOf: store.url(for: state.id))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("secret-site"))
        let envelope = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        #expect(Set(envelope.keys) == ["format", "encryption", "kdf", "salt", "sealed"], "only the sealed envelope is stored")
        #expect(envelope["format"] as? Int == 2)
        #expect(try store.load(state.id, passphrase: "correct horse").state == state)
        #expect(throws: SessionStoreError.needsPassphrase(state.id)) { try store.load(state.id, passphrase: nil) }
        #expect(throws: SessionStoreError.wrongPassphraseOrTampered(state.id)) { try store.load(state.id, passphrase: "wrong") }
        #expect(try Data(contentsOf: store.url(for: state.id)) == bytes, "a wrong passphrase leaves the file untouched")
        #expect(store.list().sessions.first?.encrypted == true)
    }

    @Test("the standard scrypt parameters (n=2^17, r=8, p=1) seal and open within the reader's caps")
    func standardParameters() throws {
        #expect(SessionSealer.Parameters.standard == SessionSealer.Parameters(n: 1 << 17, r: 8, p: 1))
        let state = try session()
        try store.save(state, key: try SessionKey.derive(passphrase: "correct horse"))
        #expect(try envelope(of: state.id).kdf == .standard)
        let loaded = try store.load(state.id, passphrase: "correct horse")
        #expect(loaded.state == state)
        #expect(loaded.key?.parameters == .standard)
        var tooCostly = try envelope(of: state.id)
        tooCostly.kdf.n = 1 << 18
        #expect(throws: SessionSealer.Failure.malformed, "n·r = 2^21 is over the 128 MiB cap") {
            try SessionSealer.open(tooCostly, passphrase: "correct horse")
        }
    }

    @Test("saving 20 times with one key derives it once: same salt, a new nonce every time")
    func derivesOnce() throws {
        let state = try session()
        let counter = SessionKey.DerivationCounter()
        var salts: Set<String> = []
        var nonces: Set<Data> = []
        try SessionKey.$derivationCounter.withValue(counter) {
            let key = try SessionKey.derive(passphrase: "correct horse", parameters: Self.quick)
            for _ in 0..<20 {
                try store.save(state, key: key)
                let envelope = try envelope(of: state.id)
                salts.insert(envelope.salt)
                nonces.insert(try #require(Data(base64Encoded: envelope.sealed)).prefix(12))
            }
        }
        #expect(counter.count == 1, "scrypt ran \(counter.count) times for one derivation and 20 saves")
        #expect(salts.count == 1)
        #expect(nonces.count == 20)
        let loaded = try store.load(state.id, passphrase: "correct horse")
        let key = try #require(loaded.key)
        #expect(key.salt.base64EncodedString() == salts.first, "a resumed session keeps sealing with the key it was opened with")
        try SessionKey.$derivationCounter.withValue(counter) { try store.save(loaded.state, key: key) }
        #expect(counter.count == 1)
        #expect(try envelope(of: state.id).salt == salts.first)
    }

    @Test("format 2 binds its header as associated data, written byte for byte as documented")
    func headerIsAssociatedData() throws {
        let parameters = SessionSealer.Parameters(n: 131_072, r: 8, p: 1)
        let header = SessionSealer.header(format: 2, encryption: "scrypt+aes-256-gcm", kdf: parameters, salt: "c2FsdC9zYWx0K3NhbHQ=")
        #expect(String(decoding: header, as: UTF8.self) == #"{"encryption":"scrypt+aes-256-gcm","format":2,"kdf":{"n":131072,"p":1,"r":8},"salt":"c2FsdC9zYWx0K3NhbHQ="}"#)
        let state = try session()
        try store.save(state, key: try key("pass"))
        let envelope = try envelope(of: state.id)
        let key = try SessionSealer.open(envelope, passphrase: "pass").key
        let box = try AES.GCM.SealedBox(combined: try #require(Data(base64Encoded: envelope.sealed)))
        #expect(throws: (any Error).self, "without the header the ciphertext does not open") {
            try AES.GCM.open(box, using: key.symmetricKey)
        }
        let associated = SessionSealer.header(format: 2, encryption: envelope.encryption, kdf: envelope.kdf, salt: envelope.salt)
        #expect(try AES.GCM.open(box, using: key.symmetricKey, authenticating: associated).count > 0)
    }

    @Test("a header changed in the file (format, r, salt) is refused, never opened", arguments: ["format", "r", "salt"])
    func headerTampering(field: String) throws {
        let state = try session()
        try store.save(state, key: try key("pass"))
        var envelope = try envelope(of: state.id)
        switch field {
        case "format": envelope.format = 1
        case "r": envelope.kdf.r = 4
        default: envelope.salt = Data(repeating: 7, count: 16).base64EncodedString()
        }
        let tampered = try JSONEncoder().encode(envelope)
        try tampered.write(to: store.url(for: state.id))
        #expect(throws: SessionStoreError.wrongPassphraseOrTampered(state.id)) { try store.load(state.id, passphrase: "pass") }
        #expect(try Data(contentsOf: store.url(for: state.id)) == tampered)
    }

    @Test("a format 1 file (n=2^15, no associated data), as sealed before format 2, opens and is saved again as format 2")
    func formatOne() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/format-1-session.json")
        let id = "format-1-session"
        try AtomicFile.makePrivateDirectory(store.folder)
        try FileManager.default.copyItem(at: fixture, to: store.url(for: id))
        #expect(try envelope(of: id).format == 1)
        let loaded = try store.load(id, passphrase: "format one passphrase")
        #expect(loaded.state.id == id)
        #expect(loaded.state.log.contains { $0.input == .text("secret-site.example.org") })
        let key = try #require(loaded.key)
        #expect(key.parameters == SessionSealer.Parameters(n: 1 << 15, r: 8, p: 1))
        let oldSalt = try envelope(of: id).salt
        try store.save(loaded.state, key: key)
        #expect(try envelope(of: id).format == 2)
        #expect(try envelope(of: id).salt == oldSalt)
        #expect(try store.load(id, passphrase: "format one passphrase").state == loaded.state)
    }

    @Test("a tampered encrypted file is refused and left in place")
    func tampering() throws {
        let state = try session()
        try store.save(state, key: try key("pass"))
        let url = store.url(for: state.id)
        var envelope = try envelope(of: state.id)
        var sealed = Data(base64Encoded: envelope.sealed)!
        sealed[sealed.count / 2] ^= 0x01
        envelope.sealed = sealed.base64EncodedString()
        let tampered = try JSONEncoder().encode(envelope)
        try tampered.write(to: url)
        #expect(throws: SessionStoreError.wrongPassphraseOrTampered(state.id)) { try store.load(state.id, passphrase: "pass") }
        #expect(try Data(contentsOf: url) == tampered)
    }

    @Test("a sealed session whose file was replaced by plaintext is refused, and never saved in clear")
    func sealedStaysSealed() throws {
        let state = try session()
        try store.save(state, key: try key("pass"))
        let marker = store.markerURL(for: state.id)
        #expect(try permissions(marker.path) == 0o600)
        #expect(try Data(contentsOf: marker).isEmpty)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let plaintext = try encoder.encode(state)
        try plaintext.write(to: store.url(for: state.id))
        #expect(throws: SessionStoreError.sealedButStoredInClear(state.id, marker: marker.path)) {
            try store.load(state.id, passphrase: nil)
        }
        #expect(throws: SessionStoreError.sealedButStoredInClear(state.id, marker: marker.path)) {
            try store.load(state.id, passphrase: "pass")
        }
        #expect(try Data(contentsOf: store.url(for: state.id)) == plaintext, "nothing was changed")
        #expect(throws: SessionStoreError.needsPassphrase(state.id)) { try store.save(state, key: nil) }
        #expect(store.list().problems == [.sealedButStoredInClear(state.id, marker: marker.path)])
    }

    @Test("sealing a plaintext session replaces its file, leaving only the sealed file and its marker")
    func sealingPlaintext() throws {
        let state = try session()
        try store.save(state, key: nil)
        #expect(!FileManager.default.fileExists(atPath: store.markerURL(for: state.id).path))
        try store.save(state, key: try key("pass"))
        #expect(!String(decoding: try Data(contentsOf: store.url(for: state.id)), as: UTF8.self).contains("secret-site"))
        #expect(try names() == ["\(state.id).json", "\(state.id).sealed"])
        #expect(try store.load(state.id, passphrase: "pass").state == state)
    }

    @Test("a corrupt file is reported and kept aside, never overwritten")
    func corrupt() throws {
        let state = try session()
        try store.save(state, key: nil)
        let url = store.url(for: state.id)
        try Data("{\"id\": trunc".utf8).write(to: url)
        #expect(throws: SessionStoreError.corrupt(state.id, movedTo: url.path + ".corrupt")) { try store.load(state.id, passphrase: nil) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
        #expect(try String(contentsOfFile: url.path + ".corrupt", encoding: .utf8) == "{\"id\": trunc")
    }

    @Test("a session's lock is held once: a second taker gets .inUse, and delete refuses while it is held")
    func locking() throws {
        let state = try session()
        try store.save(state, key: nil)
        let held = try store.lock(state.id)
        #expect(try permissions(store.lockURL(for: state.id).path) == 0o600)
        #expect(throws: SessionStoreError.inUse(state.id)) { try store.lock(state.id) }
        #expect(throws: SessionStoreError.inUse(state.id)) { try store.delete(state.id) }
        #expect(FileManager.default.fileExists(atPath: store.url(for: state.id).path))
        held.release()
        try store.lock(state.id).release()
        try store.delete(state.id)
        #expect(try names().isEmpty, "delete removes the lock file too")
    }

    @Test("leftovers of interrupted saves are shredded when the store is used, except a locked session's")
    func leftovers() throws {
        let open = try session()
        let closed = try session()
        try store.save(open, key: nil)
        try store.save(closed, key: nil)
        let answers = Data("{\"answers\": \"secret-site.example.org\"}".utf8)
        let closedLeftovers = [".\(closed.id).json.\(String(repeating: "ab", count: 16)).tmp", ".\(closed.id).json.4242.tmp"]
        let openLeftover = ".\(open.id).json.\(String(repeating: "cd", count: 16)).tmp"
        for name in closedLeftovers + [openLeftover] { try answers.write(to: store.folder.appendingPathComponent(name)) }
        let held = try store.lock(open.id)
        #expect(store.list().problems.isEmpty)
        let after = try names()
        #expect(closedLeftovers.allSatisfy { !after.contains($0) })
        #expect(after.contains(openLeftover), "another process may be saving that session right now")
        held.release()
        _ = try store.load(closed.id, passphrase: nil)
        #expect(!(try names()).contains(openLeftover))
    }

    @Test("delete and wipe remove sessions, markers, locks and leftovers; ids that are paths are refused")
    func deletion() throws {
        let first = try session()
        let second = try session()
        try store.save(first, key: nil)
        try store.save(second, key: try key("p"))
        try store.lock(second.id).release()
        try store.delete(first.id)
        #expect(throws: SessionStoreError.notFound(first.id)) { try store.load(first.id, passphrase: nil) }
        #expect(throws: SessionStoreError.notFound("../etc/passwd")) { try store.load("../etc/passwd", passphrase: nil) }
        try Data("answers".utf8).write(to: store.folder.appendingPathComponent(".\(second.id).json.\(String(repeating: "0f", count: 16)).tmp"))
        #expect(try store.wipe() == 1)
        #expect(store.list().sessions.isEmpty)
        #expect(try names().isEmpty)
    }
}
