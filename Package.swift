// swift-tools-version:6.0
// Folio: data-driven city reports, typeset with Pango and drawn with Cairo.
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioBuild", targets: ["FolioBuild"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // C libraries, found through pkg-config where the package ships a .pc file.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CFontconfig", pkgConfig: "fontconfig", providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev", "hyphen-en-us"])]),
        .systemLibrary(name: "CGLib", pkgConfig: "glib-2.0", providers: [.apt(["libglib2.0-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // libjpeg behind a small C shim: its errors jump back instead of exiting the process.
        .target(name: "CJPEG", linkerSettings: [.linkedLibrary("jpeg")]),

        // The pipeline, one module per stage.
        .target(name: "FolioCore"),
        .target(name: "FolioPage"),
        .target(name: "FolioGraphics", dependencies: ["CCairo", "CPango", "CFontconfig", "CHyphen", "CJPEG", "FolioPage"]),
        .target(name: "FolioExport", dependencies: ["CCairo", "CZlib", "FolioCore", "FolioGraphics", "FolioPage"]),
        .target(name: "FolioMarkdown", dependencies: ["CCmark"]),
        .target(name: "FolioModel", dependencies: ["FolioCore"]),
        .target(name: "FolioLoad", dependencies: [
            "FolioCore", "FolioModel", "FolioMarkdown",
            .product(name: "Yams", package: "Yams"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .target(name: "FolioDocument", dependencies: ["FolioCore", "FolioPage"]),
        .target(name: "FolioCharts", dependencies: ["FolioCore", "FolioDocument", "FolioPage"]),
        .target(name: "FolioLayout", dependencies: [
            "FolioDocument", "FolioGraphics", "FolioPage", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "FolioCompose", dependencies: ["FolioCore", "FolioModel", "FolioDocument", "FolioCharts", "FolioPage"]),
        .target(name: "FolioBuild", dependencies: [
            "FolioCore", "FolioPage", "FolioGraphics", "FolioExport", "FolioMarkdown", "FolioModel", "FolioLoad",
            "FolioDocument", "FolioCharts", "FolioLayout", "FolioCompose",
            "CGLib",
        ]),
        .executableTarget(name: "folio", dependencies: [
            "FolioBuild", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Tests mirror the modules; FolioTestSupport holds the page snapshot helper.
        .target(name: "FolioTestSupport", dependencies: ["FolioPage", "FolioGraphics", "FolioExport"], path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioGraphicsTests", dependencies: ["FolioCore", "FolioGraphics", "FolioPage", "FolioTestSupport"]),
        .testTarget(name: "FolioExportTests", dependencies: [
            "FolioExport", "FolioBuild", "FolioGraphics", "FolioPage", "FolioTestSupport",
        ], exclude: ["__Snapshots__"]),
        .testTarget(name: "FolioLayoutTests", dependencies: [
            "FolioLayout", "FolioDocument", "FolioPage", "FolioGraphics", "FolioExport", "FolioTestSupport",
        ], exclude: ["__Snapshots__"]),
        .testTarget(name: "FolioLoadTests", dependencies: ["FolioLoad", "FolioModel", "FolioMarkdown", "FolioCore"]),
        .testTarget(name: "FolioReportTests", dependencies: [
            "FolioBuild", "FolioCharts", "FolioCompose", "FolioModel", "FolioLoad", "FolioPage", "FolioGraphics", "FolioExport", "FolioTestSupport",
        ], exclude: ["__Snapshots__"]),
        .testTarget(name: "FolioBuildTests", dependencies: [
            "FolioBuild", "FolioCore", "FolioCompose", "FolioModel", "FolioLoad", "FolioPage", "FolioGraphics", "FolioExport", "FolioTestSupport",
        ]),
        .testTarget(name: "FolioRobustnessTests", dependencies: [
            "FolioBuild", "FolioCompose", "FolioModel", "FolioLoad", "FolioLayout", "FolioDocument", "FolioPage",
            "FolioGraphics", "FolioExport", "FolioMarkdown", "FolioCore", "FolioTestSupport",
        ]),
        .testTarget(name: "FolioChartsTests", dependencies: [
            "FolioCharts", "FolioCore", "FolioDocument", "FolioPage", "FolioGraphics", "FolioExport", "FolioLayout", "FolioTestSupport",
        ], exclude: ["__Snapshots__"]),
    ]
)
