import Foundation
import Testing

@testable import PlaybookKit

@Suite("Saved sessions")
struct SessionStoreTests {
    let store = SessionStore(folder: temporaryWorkspace().appendingPathComponent("sessions"))
    let engine = Engine(playbooks: decodePlaybooks([EngineTests.main, EngineTests.account]), registry: LintHarness.registry)

    func session(_ url: String = "secret-site.example.org") throws -> SessionState {
        var state = try engine.start("main", sessionID: UUID().uuidString.lowercased(), at: EngineTests.clock).state
        state = try engine.apply(.choose(["site"]), to: state, at: EngineTests.clock).state
        return try engine.apply(.text(url), to: state, at: EngineTests.clock).state
    }

    func permissions(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("a saved session loads back equal, in an owner-only folder and file")
    func roundTrip() throws {
        let state = try session()
        try store.save(state, passphrase: nil)
        #expect(try store.load(state.id, passphrase: nil) == state)
        #expect(try permissions(store.folder.path) == 0o700)
        #expect(try permissions(store.url(for: state.id).path) == 0o600)
        #expect(store.list().sessions.map(\.id) == [state.id])
    }

    @Test("an encrypted session holds no answer text and opens only with its passphrase")
    func encryption() throws {
        let state = try session()
        try store.save(state, passphrase: "correct horse")
        let bytes = try Data(contentsOf: store.url(for: state.id))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("secret-site"))
        let envelope = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        #expect(Set(envelope.keys) == ["format", "encryption", "kdf", "salt", "sealed"], "only the sealed envelope is stored")
        #expect(try store.load(state.id, passphrase: "correct horse") == state)
        #expect(throws: SessionStoreError.needsPassphrase(state.id)) { try store.load(state.id, passphrase: nil) }
        #expect(throws: SessionStoreError.wrongPassphraseOrTampered(state.id)) { try store.load(state.id, passphrase: "wrong") }
        #expect(try Data(contentsOf: store.url(for: state.id)) == bytes, "a wrong passphrase leaves the file untouched")
        #expect(store.list().sessions.first?.encrypted == true)
    }

    @Test("a tampered encrypted file is refused and left in place")
    func tampering() throws {
        let state = try session()
        try store.save(state, passphrase: "pass")
        let url = store.url(for: state.id)
        var envelope = try JSONDecoder().decode(SessionSealer.Envelope.self, from: Data(contentsOf: url))
        var sealed = Data(base64Encoded: envelope.sealed)!
        sealed[sealed.count / 2] ^= 0x01
        envelope.sealed = sealed.base64EncodedString()
        let tampered = try JSONEncoder().encode(envelope)
        try tampered.write(to: url)
        #expect(throws: SessionStoreError.wrongPassphraseOrTampered(state.id)) { try store.load(state.id, passphrase: "pass") }
        #expect(try Data(contentsOf: url) == tampered)
    }

    @Test("a corrupt file is reported and kept aside, never overwritten")
    func corrupt() throws {
        let state = try session()
        try store.save(state, passphrase: nil)
        let url = store.url(for: state.id)
        try Data("{\"id\": trunc".utf8).write(to: url)
        #expect(throws: SessionStoreError.corrupt(state.id, movedTo: url.path + ".corrupt")) { try store.load(state.id, passphrase: nil) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
        #expect(try String(contentsOfFile: url.path + ".corrupt", encoding: .utf8) == "{\"id\": trunc")
    }

    @Test("delete and wipe remove sessions; ids that are paths are refused")
    func deletion() throws {
        let first = try session()
        let second = try session()
        try store.save(first, passphrase: nil)
        try store.save(second, passphrase: "p")
        try store.delete(first.id)
        #expect(throws: SessionStoreError.notFound(first.id)) { try store.load(first.id, passphrase: nil) }
        #expect(throws: SessionStoreError.notFound("../etc/passwd")) { try store.load("../etc/passwd", passphrase: nil) }
        #expect(try store.wipe() == 1)
        #expect(store.list().sessions.isEmpty)
    }
}
