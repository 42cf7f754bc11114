//! The demo document end to end: PDF checked with poppler and qpdf, PNG snapshot, determinism.

import FolioBuild
import FolioExport
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

final class DemoRenderingTests: XCTestCase {
    /// Lays out the demo with the repository's fonts and print layout.
    func demoPages(epoch: Int = 1_700_000_000) throws -> ([Page], DocumentInfo) {
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        let spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        let document = DemoDocument.make(creationDate: epoch)
        let result = DocumentLayouter(spec: spec, shaper: shaper, hyphenator: try Hyphenator()).layout(document)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }, [])
        return (result.pages, document.info)
    }

    func writeDemoPDF(to dir: URL) throws -> String {
        let (pages, info) = try demoPages()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("demo.pdf").path
        try PDFExporter().export(pages, info: info, to: path)
        return path
    }

    func testPDFIsByteIdenticalAcrossBuilds() throws {
        let dir = try ExternalTools.temporaryDirectory()
        let a = try writeDemoPDF(to: dir.appendingPathComponent("a"))
        let b = try writeDemoPDF(to: dir.appendingPathComponent("b"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: a)), try Data(contentsOf: URL(fileURLWithPath: b)))
        let info = try ExternalTools.run("pdfinfo", [a]).stdout
        XCTAssertTrue(info.contains("CreationDate:"), info)
        XCTAssertTrue(info.contains("2023"), "creation date comes from SOURCE_DATE_EPOCH (Nov 2023): \(info)")
    }

    func testPDFPassesQpdfAndEmbedsEveryFont() throws {
        let path = try writeDemoPDF(to: try ExternalTools.temporaryDirectory())
        let check = try ExternalTools.run("qpdf", ["--check", path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        let fonts = try ExternalTools.run("pdffonts", [path]).stdout.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(fonts.isEmpty)
        for line in fonts {
            let cols = line.split(separator: " ", omittingEmptySubsequences: true)
            // name type... emb sub uni object ID: emb and sub are columns -5 and -4.
            XCTAssertEqual(cols[cols.count - 5], "yes", "font not embedded: \(line)")
            XCTAssertEqual(cols[cols.count - 4], "yes", "font not subset: \(line)")
        }
    }

    func testTextLayerRecoversTheDemoText() throws {
        let path = try writeDemoPDF(to: try ExternalTools.temporaryDirectory())
        let text = try ExternalTools.run("pdftotext", [path, "-"]).stdout
        for needle in ["A demonstration of Folio", "深圳", "Shenzhen", "justified", "Economic strength", "2,634",
                       "Vector shapes drawn by Cairo"] {
            XCTAssertTrue(text.contains(needle), "pdftotext lost \"\(needle)\"")
        }
        XCTAssertFalse(text.contains("\u{AD}"), "soft hyphens must not leak into the text layer")
    }

    func testOutlineAndInternalLinkArePresent() throws {
        let path = try writeDemoPDF(to: try ExternalTools.temporaryDirectory())
        let json = try ExternalTools.run("qpdf", ["--json", "--json-key=outlines", path]).stdout
        XCTAssertTrue(json.contains("A demonstration of Folio"), json)
        XCTAssertTrue(json.contains("Notes"))
        let objects = try ExternalTools.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).stdout
        XCTAssertTrue(objects.contains("/Subtype /Link"), "no link annotation")
        XCTAssertTrue(objects.contains("/URI (https://www.cairographics.org/documentation/)"))
        XCTAssertTrue(objects.contains("/Dests") || objects.contains("(demo-notes)"), "no named destination for the notes")
    }

    func testPDFRasterisedByPopplerMatchesDirectPNG() throws {
        let dir = try ExternalTools.temporaryDirectory()
        let (pages, info) = try demoPages()
        let pdf = dir.appendingPathComponent("demo.pdf").path
        try PDFExporter().export(pages, info: info, to: pdf)
        let ppm = try ExternalTools.run("pdftoppm", ["-r", "72", "-png", "-singlefile", pdf, dir.appendingPathComponent("poppler").path])
        XCTAssertEqual(ppm.status, 0, ppm.stderr)
        let poppler = [UInt8](try Data(contentsOf: dir.appendingPathComponent("poppler.png")))
        let direct = try PNGExporter(dpi: 72).render(pages[0])
        // Anti-aliasing differs between poppler and Cairo; the shapes and glyphs must not.
        let result = try PageSnapshot.compare(actual: direct, reference: poppler,
                                              tolerance: SnapshotTolerance(channelThreshold: 128, maxDifferingShare: 0.02))
        XCTAssertTrue(result.sizeMatches)
        XCTAssertLessThan(result.share, 0.02, "\(result.differing) of \(result.total) pixels differ")
    }

    func testDemoPageSnapshot() throws {
        let (pages, _) = try demoPages()
        XCTAssertEqual(pages.count, 1)
        try PageSnapshot.assert(pages[0], named: "demo-page", dpi: 72)
    }

    func testSVGExportWritesAPage() throws {
        let (pages, _) = try demoPages()
        let path = try ExternalTools.temporaryDirectory().appendingPathComponent("demo.svg").path
        try SVGExporter().export(pages[0], to: path)
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(svg.hasPrefix("<?xml"))
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(svg.contains("glyph"))
    }

    func testStagingKeepsThePreviousOutputWhenABuildFails() throws {
        let out = try ExternalTools.temporaryDirectory().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("good".utf8).write(to: out.appendingPathComponent("demo.pdf"))
        do {
            let staging = try OutputStaging(outputDirectory: out.path)
            try Data("half".utf8).write(to: URL(fileURLWithPath: staging.path("demo.pdf")))
            // The build fails here: no commit.
        }
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("demo.pdf"), encoding: .utf8), "good")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["out"], "the staging folder is removed")
        let staging = try OutputStaging(outputDirectory: out.path)
        try Data("new".utf8).write(to: URL(fileURLWithPath: staging.path("demo.pdf")))
        try staging.commit()
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("demo.pdf"), encoding: .utf8), "new")
    }
}
