//! Drawing a document in runs of pages on several threads: where runs start, and the joined file.

@testable import FolioExport
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class PageRunsTests: XCTestCase {
    let size = Size(width: 200, height: 200)

    func text(_ s: String) -> PageItem {
        .text(TextLine(origin: Point(x: 10, y: 20), runs: [GlyphRun(face: FontFace(path: "", index: 0), size: 10, color: .black,
                                                                   offset: .zero, glyphs: s.map { _ in Glyph(id: 1, x: 0, y: 0) },
                                                                   text: s, clusters: [], width: 10)],
                       width: 10, ascent: 8, descent: 2))
    }

    /// Six pages: a section over pages 1–3, one over 4–6, each element opened and closed
    /// on different pages. The only place to start a second run is page 4.
    func sections() -> [Page] {
        let open = PageItem.beginTag(StructureTag(.sect)), close = PageItem.endTag
        return [[open, text("aaaa")], [text("bbbb")], [text("cccc"), close],
                [open, text("dd")], [text("ee")], [text("ff"), close]].map { Page(size: size, items: $0) }
    }

    func testRunsStartOnlyWhereNoElementIsOpen() {
        let pages = sections()
        let scan = StructureWriter.scan(pages)
        XCTAssertEqual(scan.closedAtStart, [true, false, false, true, false, false])
        XCTAssertEqual(scan.tagsBefore, [0, 1, 1, 1, 2, 2, 2])
        XCTAssertEqual(PageRuns.split(pages, closedAtStart: scan.closedAtStart, into: 2), [0..<3, 3..<6])
        // Three runs wanted, but no third place to cut: two runs.
        XCTAssertEqual(PageRuns.split(pages, closedAtStart: scan.closedAtStart, into: 3), [0..<3, 3..<6])
        XCTAssertEqual(PageRuns.split(pages, closedAtStart: scan.closedAtStart, into: 1), [0..<6])
        // Nowhere to cut: one run.
        XCTAssertEqual(PageRuns.split(pages, closedAtStart: [true, false, false, false, false, false], into: 2), [0..<6])
    }

    func testRunsBalanceTheWork() {
        // Ten pages open to cuts; the first five carry most of the glyphs.
        let pages = (0..<10).map { i in Page(size: size, items: [text(String(repeating: "x", count: i < 5 ? 100 : 10))]) }
        let runs = PageRuns.split(pages, closedAtStart: Array(repeating: true, count: 10), into: 2)
        XCTAssertEqual(runs, [0..<3, 3..<10])
    }
}

extension PageRunsTests {
    /// The run count follows the page count alone (never the machine's cores or `--jobs`).
    func testStandardRunCountDependsOnPagesOnly() {
        XCTAssertEqual([1, 39, 40, 99, 120, 159, 160, 1000].map(PageRuns.standardCount), [1, 1, 1, 2, 3, 3, 4, 4])
    }
}
