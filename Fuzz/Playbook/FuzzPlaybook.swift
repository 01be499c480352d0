import AttributionFacet
import CareFacet
import FuzzSupport
import InfrastructureFacet
import LegalFacet
import PlaybookKit
import TriageFacet

/// The shipped facets, so that action steps are checked against real descriptors.
private let registry = FacetRegistry([TriageFacet(), InfrastructureFacet(), LegalFacet(), CareFacet(), AttributionFacet()])

/// The program: hands `fuzz` to libFuzzer.
@main
enum FuzzPlaybook {
    static func main() {
        FuzzDriver.run(fuzz)
    }
}

/// libFuzzer's entry point for the playbook decoder and validator, read as `playbook
/// lint` reads a file: whatever the bytes, every finding is located in the file, and a
/// playbook that could not be decoded comes with an error saying why.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    let file = "fuzz.yaml"
    let extent = InputExtent(file: file, bytes: bytes)
    guard let root = FuzzDocument.load(bytes, in: extent) else { return 0 }
    let (playbook, decoded) = PlaybookDecoder.decode(root, source: String(decoding: bytes, as: UTF8.self), contentHash: "fuzz")
    for diagnostic in decoded {
        Invariant.requireLocated(diagnostic.location, in: extent, "the decoder's '\(diagnostic.rule)'")
    }
    guard let playbook else {
        Invariant.require(decoded.contains { $0.severity == .error }, "no playbook and no error saying why")
        return 0
    }
    let validator = PlaybookValidator(library: [playbook.id: playbook], registry: registry)
    for diagnostic in validator.validate(playbook) {
        Invariant.requireLocated(diagnostic.location, in: extent, "the validator's '\(diagnostic.rule)'")
    }
    return 0
}
