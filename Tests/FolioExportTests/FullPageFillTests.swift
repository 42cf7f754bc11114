//! A page-covering background or image on a page of whole-point size keeps the tags before it.

import FolioExport
import FolioGraphics
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

/// Cairo turns a fill of the whole page into a paint, and its recording surface drops what
/// came before an unclipped opaque paint, tags included. On US Letter (612 × 792, whole
/// points) the cover's background did exactly that: "invalid tag name, attributes, or
/// nesting", or an assertion in Cairo when untagged. A4 (595.28 × 841.89) never matched the
/// page's integer extents, which is why the print layout hid it.
final class FullPageFillTests: XCTestCase {
    static let letter = Size(width: 612, height: 792)

    /// A cover-like page: an artifact background over the whole page, then tagged content
    /// with a link, as the layout produces for a `background:` template.
    func coverPage(size: Size, background: PageItem) -> Page {
        let page = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let box = Rect(x: 72, y: 72, width: 200, height: 40)
        return Page(size: size, items: [
            .beginTag(StructureTag(.artifact)), background, .endTag,
            .beginTag(StructureTag(.sect)),
            .beginTag(StructureTag(.figure, altText: "A box", bbox: box)),
            .shape(Shape(path: .rect(box), fill: Color(hex: "#f2b134")!)),
            .endTag,
            .link(box, .destination("next")),
            .endTag,
            .anchor("cover", Point(x: page.minX, y: page.minY)),
        ])
    }

    func nextPage(size: Size) -> Page {
        Page(size: size, items: [
            .anchor("next", Point(x: 0, y: 0)),
            .beginTag(StructureTag(.paragraph)),
            .shape(Shape(path: .rect(Rect(x: 72, y: 72, width: 100, height: 10)), fill: .black)),
            .endTag,
        ])
    }

    func export(_ pages: [Page], tagged: Bool) throws -> String {
        let path = try ExternalTools.temporaryDirectory().appendingPathComponent("cover.pdf").path
        try PDFExporter(tagged: tagged, runs: 1).export(pages, info: DocumentInfo(title: "Full-page fill"), to: path)
        return path
    }

    func assertValid(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let check = try ExternalTools.run("qpdf", ["--check", path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr, file: file, line: line)
        let info = try ExternalTools.run("pdfinfo", [path])
        XCTAssertTrue(info.stdout.contains("Pages:           2"), info.stdout, file: file, line: line)
    }

    func testFullPageFillOnLetterExportsTaggedAndUntagged() throws {
        let size = Self.letter
        let fill = PageItem.shape(Shape(path: .rect(Rect(x: 0, y: 0, width: size.width, height: size.height)),
                                        fill: Color(hex: "#17233a")!))
        for tagged in [true, false] {
            let path = try export([coverPage(size: size, background: fill), nextPage(size: size)], tagged: tagged)
            try assertValid(path)
            if tagged {
                let tree = try ExternalTools.run("pdfinfo", ["-struct", path]).stdout
                XCTAssertTrue(tree.contains("Figure"), "the figure after the background was dropped: \(tree)")
            }
        }
    }

    /// An image drawn first on a page is an unclipped paint on a clear page, which drops the
    /// tags before it in the same way (whatever its pixels).
    func testFullPageImageFirstOnPageExports() throws {
        let size = Self.letter
        let image = try CairoSurface.image(width: 4, height: 4)
        let png = try image.pngData()
        let item = PageItem.image(ImageItem(frame: Rect(x: 0, y: 0, width: size.width, height: size.height),
                                            source: .png(png), altText: ""))
        for tagged in [true, false] {
            try assertValid(try export([coverPage(size: size, background: item), nextPage(size: size)], tagged: tagged))
        }
    }
}
