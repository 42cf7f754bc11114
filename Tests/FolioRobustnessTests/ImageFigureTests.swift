//! Figures from files: a narrative's PNG and JPEG are drawn, captioned and tagged with their alt text.

import FolioBuild
import FolioExport
import FolioGraphics
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class ImageFigureTests: XCTestCase {
    /// The mini edition with a culture narrative holding a half-width PNG and a full-width JPEG.
    private func edition() throws -> RobustEdition {
        let edition = try RobustEdition()
        let photo = TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures/images/photo.jpg")
        try FileManager.default.copyItem(at: photo, to: edition.directory.appendingPathComponent("figures/photo.jpg"))
        try edition.culture("""
            Culture text.

            ![Bars of the culture scores](../figures/bars.png "width=50%")

            ![Harbour at dusk](../figures/photo.jpg)

            After the pictures.
            """)
        return edition
    }

    private func images(_ pages: [Page]) -> [(page: Int, item: ImageItem)] {
        pages.enumerated().flatMap { i, page in
            page.items.compactMap { if case .image(let image) = $0 { return (i, image) }; return nil }
        }
    }

    func testPNGAndJPEGAreDrawnAtTheAskedWidthWithCaptions() throws {
        let edition = try edition()
        defer { edition.remove() }
        let output = try edition.build(strict: true)
        let found = images(output.pages)
        // The mini edition's economy narrative has a PNG of its own ("Chart").
        XCTAssertEqual(found.map(\.item.altText).sorted(), ["Bars of the culture scores", "Chart", "Harbour at dusk"])
        let png = try XCTUnwrap(found.first { $0.item.altText == "Bars of the culture scores" })
        guard case .png = png.item.source else { return XCTFail("the PNG is drawn as PNG") }
        let jpeg = try XCTUnwrap(found.first { if case .jpeg = $0.item.source { return true }; return false })
        // Half the column, centred; the JPEG takes the whole column at its 3:2 aspect ratio.
        XCTAssertEqual(png.item.frame.width * 2, jpeg.item.frame.width, accuracy: 0.01)
        XCTAssertEqual(jpeg.item.frame.height, jpeg.item.frame.width * 40 / 60, accuracy: 0.01)
        XCTAssertEqual(png.item.altText, "Bars of the culture scores")
        // Each figure is a Figure element with its alt text, followed by its caption.
        let page = output.pages[jpeg.page]
        let figureTags = page.items.compactMap { if case .beginTag(let t) = $0, t.role == .figure { return t.altText }; return nil }
        XCTAssertTrue(figureTags.contains("Harbour at dusk"), "\(figureTags)")
        XCTAssertTrue(page.textLines.contains { $0.text == "Harbour at dusk" })
        // The alt text is no longer printed in place of the picture inside a paragraph.
        XCTAssertFalse(output.pages.flatMap(\.textLines).contains { $0.text.contains("Culture text.Bars") })
    }

    func testPDFEmbedsTheJPEGUnchangedAndTheRasterShowsBothPictures() throws {
        let edition = try edition()
        defer { edition.remove() }
        let output = try edition.build(strict: true)
        let pdf = edition.folder.appendingPathComponent("images.pdf").path
        try PDFExporter().export(output.pages, info: output.info, to: pdf)
        let list = try ExternalTools.run("pdfimages", ["-list", pdf]).stdout
        let encodings = list.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        XCTAssertTrue(encodings.contains { $0.count > 8 && $0[8] == "jpeg" && $0[3] == "60" && $0[4] == "40" }, list)
        XCTAssertTrue(encodings.contains { $0.count > 8 && $0[8] != "jpeg" }, list)
        // PDF/A forbids /Interpolate true on images.
        XCTAssertTrue(encodings.allSatisfy { $0.count > 9 && $0[9] == "no" }, list)
        let qdf = edition.folder.appendingPathComponent("images-qdf.pdf").path
        try ExternalTools.run("qpdf", ["--qdf", "--object-streams=disable", pdf, qdf])
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: qdf)), as: UTF8.self)
        XCTAssertTrue(raw.contains("/Alt (Harbour at dusk)"), "the JPEG's Figure has its alt text")
        XCTAssertTrue(raw.contains("/Alt (Bars of the culture scores)"), "the PNG's Figure has its alt text")

        // Raster output: the JPEG's blue square and orange ground are pixels of the page.
        let (index, jpeg) = try XCTUnwrap(images(output.pages).first { if case .jpeg = $0.item.source { return true }; return false })
        let dpi = 72.0
        let surface = try PNGExporter(dpi: dpi).renderSurface(output.pages[index])
        let px = surface.pixels()
        func rgb(_ x: Double, _ y: Double) -> (Int, Int, Int) {
            let o = Int(y * dpi / 72) * px.stride + Int(x * dpi / 72) * 4
            return (Int(px.data[o + 2]), Int(px.data[o + 1]), Int(px.data[o]))
        }
        let f = jpeg.frame
        let ground = rgb(f.minX + f.width * 0.9, f.minY + f.height * 0.5)   // orange: red high, blue low
        XCTAssertGreaterThan(ground.0, 180, "\(ground)")
        XCTAssertLessThan(ground.2, 110, "\(ground)")
        let square = rgb(f.minX + f.width * 0.375, f.minY + f.height * 0.5) // blue square
        XCTAssertGreaterThan(square.2, 110, "\(square)")
        XCTAssertLessThan(square.0, 80, "\(square)")
    }
}
