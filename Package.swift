// swift-tools-version:6.0
import PackageDescription

/// One target per facet, each under `Sources/Playbooks/<Name>`, all implementing
/// PlaybookKit's `Facet` protocol. Adding a facet: one entry here, one registration line
/// in the command-line tool.
let facets: [(target: String, folder: String, needsCrypto: Bool)] = [
    ("TriageFacet", "Triage", false),
    ("InfrastructureFacet", "Infrastructure", false),
    ("LegalFacet", "Legal", false),
    ("CareFacet", "Care", false),
    ("AttributionFacet", "Attribution", true),
]

let crypto: Target.Dependency = .product(name: "Crypto", package: "swift-crypto")

var targets: [Target] = [
    .systemLibrary(
        name: "CYaml",
        pkgConfig: "yaml-0.1",
        providers: [.apt(["libyaml-dev"])]
    ),
    .target(
        name: "PlaybookKit",
        dependencies: [
            "CYaml",
            crypto,
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]
    ),
    .target(
        name: "PlaybookTerminal",
        dependencies: ["PlaybookKit"]
    ),
    .executableTarget(
        name: "playbook",
        dependencies: [
            "PlaybookKit",
            "PlaybookTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ] + facets.map { .target(name: $0.target) }
    ),
    .executableTarget(
        name: "playbook-bench",
        dependencies: ["PlaybookKit", "CYaml"]
    ),
    .testTarget(
        name: "PlaybookKitTests",
        dependencies: ["PlaybookKit", crypto]
    ),
    .testTarget(
        name: "PlaybookTerminalTests",
        dependencies: ["PlaybookTerminal"]
    ),
    .testTarget(
        name: "PlaybooksTests",
        dependencies: ["PlaybookKit"] + facets.map { .target(name: $0.target) }
    ),
    .testTarget(
        name: "PlaybookCLITests",
        dependencies: ["playbook", "AttributionFacet"],
        exclude: ["Golden"]
    ),
]

targets += facets.map { facet in
    .target(
        name: facet.target,
        dependencies: ["PlaybookKit"] + (facet.needsCrypto ? [crypto] : []),
        path: "Sources/Playbooks/\(facet.folder)"
    )
}

/// Coverage-guided fuzz targets (docs/security.md), one libFuzzer executable per reader
/// of untrusted input. Declared only when PLAYBOOK_FUZZ=1, as `scripts/fuzz` sets, because
/// they link only with `-sanitize=fuzzer`: plain builds and tests never see them.
if Context.environment["PLAYBOOK_FUZZ"] == "1" {
    let fuzzTargets: [(name: String, folder: String, dependencies: [Target.Dependency])] = [
        ("fuzz-yaml", "YAML", []),
        ("fuzz-playbook", "Playbook", facets.map { .target(name: $0.target) }),
        ("fuzz-expression", "Expression", []),
        ("fuzz-answers", "Answers", []),
        ("fuzz-session", "Session", []),
    ]
    targets += [
        .target(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["PlaybookKit", "CLibFuzzer"], path: "Fuzz/Support"),
    ]
    targets += fuzzTargets.map { fuzz in
        .executableTarget(
            name: fuzz.name,
            dependencies: ["PlaybookKit", "FuzzSupport"] + fuzz.dependencies,
            path: "Fuzz/\(fuzz.folder)"
        )
    }
}

let package = Package(
    name: "playbook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "playbook", targets: ["playbook"]),
        .library(name: "PlaybookKit", targets: ["PlaybookKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: targets,
    swiftLanguageModes: [.v6]
)
