import FuzzSupport
import PlaybookKit

/// The program: hands `fuzz` to libFuzzer.
@main
enum FuzzYAML {
    static func main() {
        FuzzDriver.run(fuzz)
    }
}

/// libFuzzer's entry point for the YAML loader: any bytes give nodes or a located error,
/// every node is located, and reading the only document agrees with reading them all.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    let file = "fuzz.yaml"
    let extent = InputExtent(file: file, bytes: bytes)
    let loader = YAMLLoader()
    let all = Result { () throws(YAMLError) in try loader.loadAll(bytes, file: file) }
    let one = Result { () throws(YAMLError) in try loader.load(bytes, file: file) }
    switch (all, one) {
    case (.success(let documents), .success(let document)):
        Invariant.require(documents.count <= 1, "load found one document where loadAll found \(documents.count)")
        Invariant.require(
            documents.first.map { first in document.map { same(first, $0) } ?? false } ?? (document == nil),
            "load and loadAll read different documents")
        for document in documents { requireLocated(document, in: extent) }
    case (.success(let documents), .failure(let error)):
        guard case .multipleDocuments(let location) = error else {
            fatalError("loadAll read the stream but load failed: \(error.message)")
        }
        Invariant.require(documents.count > 1, "load found several documents where loadAll found \(documents.count)")
        Invariant.requireLocated(location, in: extent, "the second document")
    case (.failure(let error), .success):
        fatalError("load read the stream but loadAll failed: \(error.message)")
    case (.failure(let error), .failure(let single)):
        if case .multipleDocuments = single {} else {
            Invariant.require(error == single, "load and loadAll failed differently: \(error.message) / \(single.message)")
        }
        Invariant.require(!error.message.isEmpty, "an error without a message")
        Invariant.requireLocated(error.location, in: extent, "the error '\(error.message)'")
    }
    return 0
}

/// Checks the locations of `node` and of everything under it.
private func requireLocated(_ node: YAMLNode, in extent: InputExtent) {
    var pending = [node]
    while let next = pending.popLast() {
        Invariant.requireLocated(next.location, in: extent, "a \(next.kindDescription) node")
        switch next.content {
        case .scalar: break
        case .sequence(let items): pending += items
        case .mapping(let pairs): pending += pairs.flatMap { [$0.key, $0.value] }
        }
    }
}

/// Whether two trees are equal, taking `.nan` as equal to itself (`==` does not).
private func same(_ first: YAMLNode, _ second: YAMLNode) -> Bool {
    var pending = [(first, second)]
    while let (a, b) = pending.popLast() {
        guard a.location == b.location, a.tag == b.tag else { return false }
        switch (a.content, b.content) {
        case (.scalar(let x), .scalar(let y)):
            guard x.text == y.text, x.style == y.style else { return false }
            if case .float(let u) = x.value, case .float(let v) = y.value, u.isNaN, v.isNaN { continue }
            guard x.value == y.value else { return false }
        case (.sequence(let x), .sequence(let y)):
            guard x.count == y.count else { return false }
            pending += zip(x, y)
        case (.mapping(let x), .mapping(let y)):
            guard x.count == y.count else { return false }
            pending += zip(x.map(\.key), y.map(\.key))
            pending += zip(x.map(\.value), y.map(\.value))
        default:
            return false
        }
    }
    return true
}
