// swift-tools-version:6.0
// Folio fuzz targets: one libFuzzer executable per loader, built against the Folio sources
// (symlinked from ../Sources) with ASan and coverage instrumentation. Run with `make fuzz`.
import PackageDescription

/// Coverage and ASan on every Folio module (run.sh adds `-sanitize=fuzzer,address` for all
/// modules and the link). Each target's own main calls `LLVMFuzzerRunDriver`; libFuzzer's
/// main is dropped at link time (`--allow-multiple-definition`, first definition wins).
let fuzz: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport"],
                      swiftSettings: fuzz, linkerSettings: [.unsafeFlags(["-use-ld=lld", "-Xlinker", "--allow-multiple-definition"])])
}

let package = Package(
    name: "FolioFuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo"),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo"),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig"),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark-gfm"),
        .systemLibrary(name: "CHyphen"),
        .target(name: "FolioCore", swiftSettings: fuzz),
        .target(name: "FolioPage", swiftSettings: fuzz),
        .target(name: "FolioGraphics", dependencies: ["CCairo", "CPango", "CFontconfig", "CHyphen", "FolioPage"], swiftSettings: fuzz),
        .target(name: "FolioMarkdown", dependencies: ["CCmark"], swiftSettings: fuzz),
        .target(name: "FolioModel", dependencies: ["FolioCore"], swiftSettings: fuzz),
        .target(name: "FolioLoad", dependencies: [
            "FolioCore", "FolioModel", "FolioMarkdown",
            .product(name: "Yams", package: "Yams"), .product(name: "CSV", package: "CSV.swift"),
        ], swiftSettings: fuzz),
        .target(name: "FolioDocument", dependencies: ["FolioCore", "FolioPage"], swiftSettings: fuzz),
        .target(name: "FolioLayout", dependencies: [
            "FolioDocument", "FolioGraphics", "FolioPage", .product(name: "Yams", package: "Yams"),
        ], swiftSettings: fuzz),
        .target(name: "CFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzer", "FolioCore", "FolioLoad", "FolioLayout"], swiftSettings: fuzz),
        fuzzTarget("FuzzCSV"),
        fuzzTarget("FuzzYAML"),
        fuzzTarget("FuzzMarkdown"),
    ]
)
