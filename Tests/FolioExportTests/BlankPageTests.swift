//! Intentional blank pages (a blank verso before a right-hand opener) export, wherever they fall.

@testable import FolioExport
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

/// Cairo 1.16 does not replay a page on which nothing was drawn, so tags and destinations
/// recorded there were lost: a blank page opening a run failed with "invalid tag name,
/// attributes, or nesting", and with a destination on it Cairo aborted on an assertion.
final class BlankPageTests: XCTestCase {
    let size = Size(width: 200, height: 200)

    func box() -> PageItem { .shape(Shape(path: .rect(Rect(x: 10, y: 10, width: 20, height: 20)), fill: .black)) }

    func testBlankPagesAnywhereWithDestinationsLinksAndOutlineExport() throws {
        for blankAt in 0..<3 {
            var pages = (0..<3).map { Page(size: size, items: [box()], label: "\($0 + 1)") }
            pages[2].items += [.anchor("d3", Point(x: 5, y: 5)), .outline(OutlineEntry(title: "Third", level: 1, destination: "d3"))]
            pages[0].items += [.link(Rect(x: 0, y: 0, width: 10, height: 10), .destination("d3"))]
            pages[blankAt].items.removeAll { $0.drawsInk }
            for tagged in [false, true] {
                let path = try ExternalTools.temporaryDirectory().appendingPathComponent("blank.pdf").path
                XCTAssertNoThrow(try PDFExporter(tagged: tagged, runs: 1).export(pages, info: DocumentInfo(title: "t"), to: path),
                                 "blank page \(blankAt + 1), tagged \(tagged)")
                let check = try ExternalTools.run("qpdf", ["--check", path])
                XCTAssertEqual(check.status, 0, "blank page \(blankAt + 1), tagged \(tagged): \(check.stdout)")
            }
        }
    }

    func testAGroundIsAddedOnlyToPagesThatDrawNothing() {
        let blank = Page(size: size, items: [.anchor("a", .zero)])
        XCTAssertEqual(PDFExporter.groundedIfBlank(blank).items.count, 2)
        let drawn = Page(size: size, items: [box()])
        XCTAssertEqual(PDFExporter.groundedIfBlank(drawn), drawn)
    }
}
